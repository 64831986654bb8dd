package org.newskg.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fetcher against a local site that misbehaves on purpose (a server, so an *IT). */
class FetcherIT {
    static NewsSite site;
    static Fetcher fetcher;

    @BeforeAll
    static void start() throws Exception {
        site = new NewsSite();
        fetcher = new Fetcher(testOptions());
    }

    /** Short waits and a small size limit, so every failure shows within a second or two. */
    public static FetchOptions testOptions() {
        return FetchOptions.defaults()
                .withUserAgent("newskg-test/1.0 (feed tests)")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(1500))
                .withRetries(1, Duration.ofMillis(50))
                .withHostInterval(Duration.ZERO)
                .withMaxBytes(200_000);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aPageIsFetchedWithItsTypeCharsetAndUserAgent() {
        FetchResult r = fetcher.get(site.url("/news/ferry-strike.html"), Fetcher.Expect.PAGE, Validators.NONE);
        FetchResult.Fetched f = assertInstanceOf(FetchResult.Fetched.class, r);
        assertEquals("text/html", f.contentType());
        assertEquals("utf-8", f.charset());
        assertTrue(new String(f.body(), StandardCharsets.UTF_8).contains("Estuary Boatmen"));
        assertTrue(
                site.log().stream()
                        .anyMatch(l -> l.startsWith("GET /news/ferry-strike.html (newskg-test/1.0 (feed tests))")),
                site.log().toString());
    }

    @Test
    void anUnchangedFeedIsAnswered304() {
        String url = site.url("/feeds/gazette.rss");
        FetchResult.Fetched first =
                assertInstanceOf(FetchResult.Fetched.class, fetcher.get(url, Fetcher.Expect.FEED, Validators.NONE));
        assertTrue(first.validators().etag() != null && first.validators().lastModified() != null);
        assertInstanceOf(FetchResult.NotModified.class, fetcher.get(url, Fetcher.Expect.FEED, first.validators()));
        // Last-Modified alone works too
        assertInstanceOf(
                FetchResult.NotModified.class,
                fetcher.get(
                        url,
                        Fetcher.Expect.FEED,
                        new Validators(null, first.validators().lastModified())));
        // a changed feed is sent again
        assertInstanceOf(
                FetchResult.Fetched.class, fetcher.get(url, Fetcher.Expect.FEED, new Validators("\"stale\"", null)));
    }

    @Test
    void robotsTxtDisallowIsHonouredWithoutAskingForThePage() {
        FetchResult.Failed f = assertInstanceOf(
                FetchResult.Failed.class,
                fetcher.get(site.url("/private/members.html"), Fetcher.Expect.PAGE, Validators.NONE));
        assertEquals("disallowed by robots.txt of " + site.base(), f.reason());
        assertFalse(f.retryable());
        assertEquals(0, site.hits("/private/members.html"));
        assertTrue(site.hits("/robots.txt") >= 1);
    }

    @Test
    void notFoundIsPermanentAndServerErrorsAreRetried() {
        FetchResult.Failed gone = assertInstanceOf(
                FetchResult.Failed.class,
                fetcher.get(site.url("/news/taken-down.html"), Fetcher.Expect.PAGE, Validators.NONE));
        assertEquals("HTTP 404 (not found)", gone.reason());
        assertFalse(gone.retryable());

        int before = site.hits("/news/server-error.html");
        FetchResult.Failed broken = assertInstanceOf(
                FetchResult.Failed.class,
                fetcher.get(site.url("/news/server-error.html"), Fetcher.Expect.PAGE, Validators.NONE));
        assertEquals("HTTP 500 (server error) (2 attempts)", broken.reason());
        assertTrue(broken.retryable());
        assertEquals(2, site.hits("/news/server-error.html") - before, "one retry after the first 500");
    }

    @Test
    void aPageThatNeverArrivesTimesOut() {
        long t0 = System.nanoTime();
        FetchResult.Failed f = assertInstanceOf(
                FetchResult.Failed.class,
                fetcher.get(site.url("/news/slow.html"), Fetcher.Expect.PAGE, Validators.NONE));
        assertTrue(f.reason().startsWith("no answer within 1500 ms"), f.reason());
        assertTrue(f.retryable());
        assertTrue(System.nanoTime() - t0 < 6_000_000_000L, "two attempts of 1.5 s, not the server's 4 s each");
    }

    @Test
    void aBodyThatStallsAfterTheHeadersIsCutOff() {
        long t0 = System.nanoTime();
        FetchResult.Failed f = assertInstanceOf(
                FetchResult.Failed.class,
                fetcher.get(site.url("/news/trickle.html"), Fetcher.Expect.PAGE, Validators.NONE));
        assertTrue(f.reason().startsWith("the body did not arrive within 1500 ms"), f.reason());
        assertTrue(System.nanoTime() - t0 < 6_000_000_000L, "two attempts of 1.5 s, not the server's 4 s each");
    }

    @Test
    void aRedirectLoopIsNamed() {
        FetchResult.Failed f = assertInstanceOf(
                FetchResult.Failed.class, fetcher.get(site.url("/loop/a"), Fetcher.Expect.PAGE, Validators.NONE));
        assertEquals(
                "redirect loop: " + site.url("/loop/a") + " -> " + site.url("/loop/b") + " -> " + site.url("/loop/a"),
                f.reason());
    }

    @Test
    void redirectsAreFollowedToTheFinalAddress() {
        FetchResult.Fetched f = assertInstanceOf(
                FetchResult.Fetched.class, fetcher.get(site.url("/moved/ferry"), Fetcher.Expect.PAGE, Validators.NONE));
        assertEquals(site.url("/news/ferry-strike.html"), f.finalUrl());
        assertEquals(site.url("/moved/ferry"), f.url());
    }

    @Test
    void anOversizedPageIsRefused() {
        FetchResult.Failed f = assertInstanceOf(
                FetchResult.Failed.class,
                fetcher.get(site.url("/news/huge.html"), Fetcher.Expect.PAGE, Validators.NONE));
        assertEquals("response is more than 200000 bytes, over the limit of 200000 bytes", f.reason());
        assertFalse(f.retryable());
    }

    @Test
    void aNonHtmlItemIsRefusedWithItsType() {
        FetchResult.Failed f = assertInstanceOf(
                FetchResult.Failed.class,
                fetcher.get(site.url("/news/annual-report.pdf"), Fetcher.Expect.PAGE, Validators.NONE));
        assertEquals("not an HTML page (Content-Type: application/pdf)", f.reason());
    }

    @Test
    void onlyHttpUrlsAreFetched() {
        FetchResult.Failed f = assertInstanceOf(
                FetchResult.Failed.class, fetcher.get("file:///etc/passwd", Fetcher.Expect.PAGE, Validators.NONE));
        assertEquals("not an http(s) URL: 'file:///etc/passwd'", f.reason());
    }

    @Test
    void requestsToOneHostArePaced() {
        Fetcher paced = new Fetcher(testOptions().withHostInterval(Duration.ofMillis(300)));
        long t0 = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(
                    FetchResult.Fetched.class,
                    paced.get(site.url("/wire/bridge-vote.html"), Fetcher.Expect.PAGE, Validators.NONE));
        }
        // robots.txt, then three pages: three intervals at least
        assertTrue(System.nanoTime() - t0 >= 900_000_000L, "requests were not spaced out");
    }

    @Test
    void theRobotNameIsTheUserAgentsFirstWord() {
        assertEquals("newskg", FetchOptions.defaults().robotName());
        assertEquals(
                "mybot",
                FetchOptions.defaults()
                        .withUserAgent("MyBot/2.1 (+mailto:x@example.org)")
                        .robotName());
    }
}

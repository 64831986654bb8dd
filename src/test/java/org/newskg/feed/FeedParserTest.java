package org.newskg.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    static final String BASE = "http://news.example";

    static byte[] fixture(String path) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/org/newskg/watch/site" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{BASE}}", BASE)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void rssItemsWithDatesAuthorsAndLanguage() throws Exception {
        Feed f = FeedParser.parse(fixture("/feeds/gazette.rss"), BASE + "/feeds/gazette.rss");
        assertEquals("rss", f.format());
        assertEquals(8, f.items().size());
        FeedItem first = f.items().get(0);
        assertEquals(BASE + "/news/ferry-strike.html", first.url());
        assertEquals("2025-03-05T08:15Z", first.published());
        assertEquals(List.of("Ines Calder"), first.authors());
        assertEquals("en-gb", first.language());
        assertEquals("Harbour Gazette", first.outlet());
        assertEquals(List.of("entry 'An item without a link' has no link"), f.skipped());
    }

    @Test
    void atomLinksAreResolvedAgainstTheFeedAndEntriesKeepTheirLanguage() throws Exception {
        Feed f = FeedParser.parse(fixture("/feeds/courier.atom"), BASE + "/feeds/courier.atom");
        assertEquals("atom", f.format());
        assertEquals(
                List.of(
                        BASE + "/courier/estuary-ferries-halted.html",
                        BASE + "/courier/library-reopens.html",
                        BASE + "/courier/marche.html"),
                f.items().stream().map(FeedItem::url).toList());
        assertEquals("2025-03-05T10:40Z", f.items().get(0).published(), "published wins over updated");
        assertEquals("2025-03-01T09:00Z", f.items().get(1).published(), "updated when there is no published");
        assertEquals("en", f.items().get(0).language());
        assertEquals("fr", f.items().get(2).language());
    }

    @Test
    void newsSitemapGivesOutletLanguageAndTime() throws Exception {
        Feed f = FeedParser.parse(fixture("/feeds/wire-news.xml"), BASE + "/feeds/wire-news.xml");
        assertEquals("sitemap", f.format());
        FeedItem i = f.items().get(0);
        assertEquals("Coastal Press Agency", i.outlet());
        assertEquals("en", i.language());
        assertEquals("2025-03-05T15:20+01:00", i.published());
        assertEquals("Council backs second bridge over the Aldren", i.title());
        assertNull(f.items().get(2).published());
    }

    @Test
    void aSitemapIndexListsItsSitemaps() throws Exception {
        String xml = """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>/news-1.xml</loc></sitemap><sitemap><loc>javascript:alert(1)</loc></sitemap>
                </sitemapindex>""";
        Feed f = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), BASE + "/index.xml");
        assertEquals(List.of(BASE + "/news-1.xml"), f.sitemaps());
        assertEquals(1, f.skipped().size());
    }

    @Test
    void malformedXmlIsRefusedWithWhere() throws Exception {
        FeedParser.FeedException e = assertThrows(
                FeedParser.FeedException.class,
                () -> FeedParser.parse(fixture("/feeds/broken.rss"), BASE + "/feeds/broken.rss"));
        assertTrue(e.getMessage().startsWith("malformed XML at line "), e.getMessage());
    }

    @Test
    void otherXmlAndExternalEntitiesAreRefused() {
        FeedParser.FeedException e = assertThrows(
                FeedParser.FeedException.class,
                () -> FeedParser.parse("<html><body/></html>".getBytes(StandardCharsets.UTF_8), BASE));
        assertEquals("not RSS, Atom or a sitemap (the document is <html>)", e.getMessage());
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss><channel><title>&secret;</title><item><link>http://x.example/a</link></item></channel></rss>""";
        try {
            Feed f = FeedParser.parse(xxe.getBytes(StandardCharsets.UTF_8), BASE);
            assertNull(f.title(), "the external entity must not be read");
        } catch (FeedParser.FeedException refused) {
            // refusing the document is as good
        }
    }

    @Test
    void blankLinesBeforeTheDeclarationAreForgiven() throws Exception {
        String xml =
                "\n\n<?xml version=\"1.0\"?><rss><channel><title>T</title><item><link>/a</link></item></channel></rss>";
        Feed f = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), BASE + "/rss");
        assertEquals(List.of(BASE + "/a"), f.items().stream().map(FeedItem::url).toList());
    }

    @Test
    void rssDatesInTheirUsualVariants() {
        assertEquals("2025-03-04T09:30Z", FeedParser.date("Tue, 04 Mar 2025 09:30:00 GMT"));
        assertEquals("2025-03-04T09:30+01:00", FeedParser.date("Tue, 4 Mar 2025 09:30:00 +0100"));
        assertEquals("2025-03-04T09:30Z", FeedParser.date("4 Mar 2025 09:30 UT"));
        assertEquals("2025-03-04", FeedParser.date("2025-03-04"));
        assertEquals("sometime in March", FeedParser.date("sometime in March"));
    }

    @Test
    void feedListSkipsCommentsAndNamesBadLines() {
        FeedList l = FeedList.parse(
                "# mine\nhttps://a.example/rss\n\n  https://b.example/atom  # later\nftp://c.example/x\nhttps://a.example/rss\n");
        assertEquals(List.of("https://a.example/rss", "https://b.example/atom"), l.urls());
        assertEquals(List.of("line 5: 'ftp://c.example/x' is not an http(s) URL"), l.errors());
    }
}

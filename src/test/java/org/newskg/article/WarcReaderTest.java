package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newskg.problem.Problem;

class WarcReaderTest {

    private static final Instant CRAWLED = Instant.parse("2024-05-15T03:20:11Z");

    private final WarcReader reader = new WarcReader();

    /** A small crawl: an article page, an image, a redirect, a text resource, a WET-style conversion, a menu page. */
    static byte[] crawl(WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
            w.write(response(
                    "https://ledger.example.com/business/varnholm-port-expansion",
                    200,
                    "text/html; charset=utf-8",
                    resource("story-with-furniture.html")));
            w.write(response("https://ledger.example.com/img/cranes.jpg", 200, "image/jpeg", new byte[] {
                (byte) 0xFF, (byte) 0xD8, 0, 1
            }));
            w.write(response(
                    "https://ledger.example.com/old",
                    301,
                    "text/html",
                    "<html><body>Moved</body></html>".getBytes(StandardCharsets.UTF_8)));
            w.write(new WarcResource.Builder(URI.create("https://wire.example.com/ferry.txt"))
                    .date(CRAWLED)
                    .body(
                            MediaType.PLAIN_TEXT,
                            ("Ferry services resume after storm\n\nFerry services between Varnholm and "
                                            + "the outer islands resumed on Wednesday after two days of cancellations, operator Skerryline said.\n")
                                    .getBytes(StandardCharsets.UTF_8))
                    .build());
            w.write(new WarcConversion.Builder()
                    .addHeader("WARC-Target-URI", "https://courier.example.org/tram")
                    .date(CRAWLED)
                    .body(
                            MediaType.parse("text/plain"),
                            ("Tram line opens in Aalmund\n\nThe mayor of Aalmund opened the "
                                            + "third tram line on Saturday.\n")
                                    .getBytes(StandardCharsets.UTF_8))
                    .build());
            w.write(response(
                    "https://courier.example.org/",
                    200,
                    "text/html",
                    "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
                            .getBytes(StandardCharsets.UTF_8)));
            w.write(response(
                    "https://courier.example.org/2023/08/drought-rationing",
                    200,
                    "text/html",
                    resource("jsonld-only.html")));
        }
        return out.toByteArray();
    }

    private static WarcResponse response(String uri, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved Permanently")
                .body(MediaType.parse(type), body)
                .build();
        return new WarcResponse.Builder(URI.create(uri))
                .date(CRAWLED)
                .body(http)
                .build();
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = WarcReaderTest.class.getResourceAsStream("/article/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void acceptsArchiveNames() {
        assertTrue(reader.accepts("CC-NEWS-20240515.warc.gz"));
        assertTrue(reader.accepts("crawl.warc"));
        assertTrue(reader.accepts("crawl.warc.wet.gz"));
        assertFalse(reader.accepts("crawl.gz"));
    }

    @Test
    void readsPagesAndTextRecords() throws IOException {
        for (WarcCompression c : WarcCompression.values()) {
            var r = Fixtures.read(reader, "crawl.warc.gz", new ByteArrayInputStream(crawl(c)));
            assertEquals(
                    List.of("crawl.warc.gz#1", "crawl.warc.gz#4", "crawl.warc.gz#5", "crawl.warc.gz#7"),
                    r.articles().stream().map(Article::source).toList(),
                    c + " " + r.problems());

            Article page = r.articles().get(0);
            assertEquals("html", page.meta().format());
            assertEquals(
                    "Harbour authority approves Varnholm port expansion",
                    page.meta().title());
            assertEquals(
                    "https://ledger.example.com/business/varnholm-port-expansion",
                    page.meta().url());
            assertEquals("2024-05-14T08:30:00+02:00", page.meta().published(), "the page's own date wins");
            assertEquals(5, page.text().split("\n\n").length);
            assertFalse(page.text().contains("Share on"));

            Article text = r.articles().get(1);
            assertEquals("text", text.meta().format());
            assertEquals("Ferry services resume after storm", text.meta().title());
            assertEquals("https://wire.example.com/ferry.txt", text.meta().url());
            assertEquals("2024-05-15T03:20:11Z", text.meta().published(), "WARC-Date when the record has none");

            assertEquals(
                    "https://courier.example.org/tram",
                    r.articles().get(2).meta().url());
            assertEquals(
                    "Tram line opens in Aalmund", r.articles().get(2).meta().title());
            assertEquals("Valley Daily Courier", r.articles().get(3).meta().outlet());

            // the menu page is a warning, not an error: archives hold many pages that are not stories
            assertEquals(1, r.problems().size(), r.problems().toString());
            assertEquals(Problem.Severity.WARNING, r.problems().get(0).severity());
            assertEquals("crawl.warc.gz#6", r.problems().get(0).source());
        }
    }

    @Test
    void reportsATruncatedArchiveAfterTheRecordsThatCouldBeRead(@TempDir Path dir) throws IOException {
        byte[] full = crawl(WarcCompression.GZIP);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(full, full.length - 300));
        var r = Fixtures.sources(ArticleSources.defaults(), List.of(cut));
        assertEquals(
                List.of("#1", "#4", "#5"),
                r.articles().stream()
                        .map(a -> a.source().substring(a.source().indexOf('#')))
                        .toList());
        Problem last = r.problems().get(r.problems().size() - 1);
        assertEquals(Problem.Severity.ERROR, last.severity());
        assertEquals(cut.toString(), last.source());
        assertTrue(
                last.reason().contains("truncated") && last.reason().contains("after 6 complete records"),
                last.reason());
    }

    @Test
    void reportsATruncatedUncompressedArchive() throws IOException {
        byte[] full = crawl(WarcCompression.NONE);
        var r = Fixtures.read(reader, "cut.warc", new ByteArrayInputStream(Arrays.copyOf(full, full.length - 500)));
        assertEquals(3, r.articles().size());
        Problem last = r.problems().get(r.problems().size() - 1);
        assertTrue(
                last.reason().contains("after 6 complete records (the last at offset 6351)"),
                r.problems().toString());
    }

    @Test
    void reportsFilesThatAreNotWarc() throws IOException {
        var r = Fixtures.read(
                reader,
                "x.warc",
                new ByteArrayInputStream("hello, this is not an archive\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.articles().isEmpty());
        assertEquals(Problem.Severity.ERROR, r.problems().get(0).severity());
        var empty = Fixtures.read(reader, "e.warc", new ByteArrayInputStream(new byte[0]));
        assertTrue(
                empty.problems().get(0).reason().contains("empty"),
                empty.problems().toString());
    }

    /**
     * Issue 19: a .warc.gz of under a megabyte whose first header line expands to hundreds of
     * megabytes; jwarc kept the line in memory until the heap was gone. Now reading stops at the
     * header limit with a report, having read little more than the limit.
     */
    @Test
    void aHeaderBombIsStoppedAtTheHeaderLimit() throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(packed, 1 << 16)) {
            gz.write("WARC/1.0\r\nWARC-Target-URI: http://example.org/".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 256; i++) {
                gz.write(chunk);
            }
            gz.write("\r\nContent-Length: 0\r\n\r\n\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertTrue(packed.size() < (1 << 20), packed.size() + " bytes compressed");
        var r = Fixtures.read(reader, "bomb.warc.gz", new ByteArrayInputStream(packed.toByteArray()));
        assertTrue(r.articles().isEmpty());
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals(Problem.Severity.ERROR, p.severity());
        assertTrue(p.reason().contains("header over " + WarcReader.MAX_HEADER_BYTES + " bytes"), p.reason());
    }

    /** Records after a large declared block are still read: the header budget grows with each record's length. */
    @Test
    void largeBlocksDoNotCountAgainstTheHeaderLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            w.write(new WarcResource.Builder(URI.create("https://example.org/video.bin"))
                    .date(CRAWLED)
                    .body(MediaType.parse("application/octet-stream"), new byte[3 * WarcReader.MAX_HEADER_BYTES])
                    .build());
            w.write(new WarcResource.Builder(URI.create("https://wire.example.com/ferry.txt"))
                    .date(CRAWLED)
                    .body(
                            MediaType.PLAIN_TEXT,
                            ("Ferry services resume after storm\n\nFerries between the islands "
                                            + "resumed on Tuesday after a storm, the operator said.\n")
                                    .getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        var r = Fixtures.read(reader, "big.warc.gz", new ByteArrayInputStream(out.toByteArray()));
        assertEquals(
                List.of("big.warc.gz#2"),
                r.articles().stream().map(Article::source).toList(),
                r.problems().toString());
    }

    /** Issue 19 (stored XSS): a WARC-Target-URI of javascript: is not kept as the article's URL. */
    @Test
    void aJavascriptTargetUriIsNotKept() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
            w.write(new WarcResource.Builder(URI.create("javascript:alert(1)"))
                    .date(CRAWLED)
                    .body(
                            MediaType.PLAIN_TEXT,
                            ("Ferry services resume after storm\n\nFerries between the islands "
                                            + "resumed on Tuesday after a storm, the operator said.\n")
                                    .getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        var r = Fixtures.read(reader, "xss.warc", new ByteArrayInputStream(out.toByteArray()));
        assertEquals(null, r.only().meta().url());
        assertTrue(
                r.problems().get(0).reason().contains("not an http(s) URL"),
                r.problems().toString());
    }
}

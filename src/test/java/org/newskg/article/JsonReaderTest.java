package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.problem.Problem;

class JsonReaderTest {

    private final JsonReader json = new JsonReader();
    private final JsonLinesReader jsonl = new JsonLinesReader();

    @Test
    void mapsCommonFieldNamesInAnArray() {
        var r = Fixtures.read(json, "wire.json");
        assertEquals(3, r.articles().size(), r.problems().toString());

        Article a = r.articles().get(0);
        assertEquals("wire.json#1", a.source());
        assertEquals(
                "Rail unions agree pay deal, calling off weekend strikes",
                a.meta().title());
        assertTrue(a.text().startsWith("KESSBY (Northwire) - Two rail unions"));
        assertTrue(a.text().contains("\n\nUnion leader"));
        assertEquals("https://northwire.example.net/rail-pay-deal", a.meta().url());
        assertEquals("2024-03-07", a.meta().published());
        assertEquals("Northwire", a.meta().outlet());
        assertEquals(List.of("Sanna Lindgren", "Olav Mertz"), a.meta().authors());
        assertEquals("json", a.meta().format());

        Article b = r.articles().get(1);
        assertEquals("wire.json#2", b.source());
        assertEquals("Central bank holds rates at 3.5 percent", b.meta().title());
        assertEquals("https://markets.example.net/ostria-rates", b.meta().url());
        assertEquals("2024-03-06T13:00:00Z", b.meta().published());
        assertEquals("Markets Wire", b.meta().outlet());
        assertEquals(List.of("Jonas Aberg", "Lea Fournier"), b.meta().authors());

        // names match case-insensitively; an HTML body is reduced to paragraphs
        Article d = r.articles().get(2);
        assertEquals("wire.json#4", d.source());
        assertEquals("Minister resigns over procurement inquiry", d.meta().title());
        assertEquals("Ostrian transport minister Dalia Renner resigned on Monday.\n\nShe denied wrongdoing.", d.text());
        assertEquals("2024-03-04T09:00:00Z", d.meta().published());
        assertEquals("Ostria Today", d.meta().outlet());
        assertEquals(List.of("Kim Salo"), d.meta().authors());

        // the record without text is reported with its line
        assertEquals(1, r.problems().size());
        Problem p = r.problems().get(0);
        assertEquals("wire.json", p.source());
        assertEquals(18, p.line());
        assertTrue(p.reason().contains("no article text"), p.reason());
    }

    @Test
    void readsASingleObjectAndAWrappedArray() {
        Article s = Fixtures.read(json, "single.json").only();
        assertEquals("single.json", s.source());
        assertEquals("Mayor opens new tram line", s.meta().title());
        assertEquals("Aalmund Post", s.meta().outlet());
        assertEquals("2024-01-20", s.meta().published());

        var api = Fixtures.read(json, "newsapi.json");
        assertEquals(1, api.articles().size());
        Article a = api.articles().get(0);
        assertEquals("newsapi.json#1", a.source());
        assertEquals("Harbour Gazette", a.meta().outlet());
        assertEquals(List.of("Nils Ekdahl"), a.meta().authors());
        assertEquals(1, api.problems().size(), api.problems().toString());
    }

    @Test
    void reportsMalformedJsonAfterTheRecordsBeforeIt() throws Exception {
        String text = "[{\"title\": \"A\", \"text\": \"First story text.\"},\n{\"title\": \"B\", \"text\": \"Second\n";
        var r = Fixtures.read(json, "cut.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, r.articles().size());
        assertEquals(1, r.problems().size());
        assertEquals(2, r.problems().get(0).line());
        assertTrue(
                r.problems().get(0).reason().startsWith("malformed JSON"),
                r.problems().toString());
    }

    @Test
    void jsonLinesGoesOnAfterAMalformedLine() {
        var r = Fixtures.read(jsonl, "feed.jsonl");
        assertEquals(
                List.of("feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#6"),
                r.articles().stream().map(Article::source).toList());
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertEquals(3, r.problems().get(0).line());
        assertTrue(r.problems().get(0).reason().startsWith("malformed JSON line"));
        assertEquals(4, r.problems().get(1).line());
        assertTrue(r.problems().get(1).reason().contains("no article text"));

        Article first = r.articles().get(0);
        assertEquals("Airline orders 20 regional jets", first.meta().title());
        assertEquals("Example Wire", first.meta().outlet());
        assertEquals(List.of("Hanna Roos"), first.meta().authors());
        assertEquals("https://wire.example.com/1", first.meta().url());
        assertEquals("2024-04-01", first.meta().published());
        assertEquals("feed-1", first.sourceName());

        Article last = r.articles().get(2);
        assertEquals("https://wire.example.com/5", last.meta().url());
        assertEquals("Example Wire", last.meta().outlet());
        assertEquals(List.of("Hanna Roos", "Ivo Petrak"), last.meta().authors());
        assertEquals("2024-04-03", last.meta().published());
    }

    @Test
    void reportsEmptyAndBinaryJson() throws Exception {
        var empty = Fixtures.read(jsonl, "e.jsonl", new ByteArrayInputStream(new byte[0]));
        assertTrue(empty.problems().get(0).reason().contains("empty"));
        var emptyJson =
                Fixtures.read(json, "e.json", new ByteArrayInputStream("  \n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(emptyJson.problems().get(0).reason().contains("empty"));
        var binary =
                Fixtures.read(jsonl, "b.jsonl", new ByteArrayInputStream(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0}));
        assertTrue(binary.articles().isEmpty());
        assertTrue(
                binary.problems().get(0).reason().contains("binary"),
                binary.problems().toString());
    }

    @Test
    void missingFieldsStayNull() {
        var meta = JsonFields.meta(JsonFields.MAPPER.createObjectNode().put("text", "x"), "json");
        assertNull(meta.title());
        assertNull(meta.outlet());
        assertTrue(meta.authors().isEmpty());
    }

    /** Issue 19: a JSON Lines line had no length limit; one long line took the heap. */
    @Test
    void aLineOverTheLimitIsSkippedAndTheRestRead() throws java.io.IOException {
        String good = "{\"title\": \"Talks\", \"text\": \"The minister said talks would go on.\"}";
        String file =
                good + "\n{\"text\": \"" + "x".repeat(5000) + "\"}\r\n" + good.replace("Talks", "More talks") + "\n";
        var r = Fixtures.read(
                new JsonLinesReader(1000),
                "long.jsonl",
                new ByteArrayInputStream(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(
                List.of("long.jsonl#1", "long.jsonl#3"),
                r.articles().stream().map(Article::source).toList());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals(2, r.problems().get(0).line());
        assertTrue(
                r.problems().get(0).reason().contains("over the limit of 1000"),
                r.problems().toString());
    }

    /** Issue 19: a 3 GB JSON Lines file of zeros (one line) is refused at its first bytes, not read into memory. */
    @Test
    void aHugeFileOfZerosIsRefusedAtOnce() throws java.io.IOException {
        long[] consumed = {0};
        java.io.InputStream zeros = new java.io.InputStream() {
            @Override
            public int read() {
                return consumed[0]++ < (3L << 30) ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (consumed[0] >= (3L << 30)) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                consumed[0] += len;
                return len;
            }
        };
        var r = Fixtures.read(jsonl, "zeros.jsonl", zeros);
        assertTrue(r.articles().isEmpty());
        assertTrue(r.problems().get(0).reason().contains("binary"), r.problems().toString());
        assertTrue(consumed[0] < (1L << 20), consumed[0] + " bytes read");
    }

    /** Issue 19 (stored XSS): a javascript: URL became the article link on the graph page. */
    @Test
    void onlyHttpUrlsAreKept() throws java.io.IOException {
        String file =
                "{\"url\": \"javascript:alert(document.domain)\", \"text\": \"The minister said talks would go on.\"}\n"
                        + "{\"url\": \" https://news.example.org/talks \", \"text\": \"The minister said talks would go on and on.\"}\n"
                        + "{\"url\": \"data:text/html,<script>alert(1)</script>\", \"text\": \"Talks went on, the minister said.\"}\n";
        var r = Fixtures.read(
                jsonl, "urls.jsonl", new ByteArrayInputStream(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(3, r.articles().size(), r.problems().toString());
        assertEquals(null, r.articles().get(0).meta().url());
        assertEquals(
                "https://news.example.org/talks", r.articles().get(1).meta().url());
        assertEquals(null, r.articles().get(2).meta().url());
        assertEquals(
                List.of(1L, 3L),
                r.problems().stream().map(org.newskg.problem.Problem::line).toList());
        assertTrue(
                r.problems().stream()
                        .allMatch(p -> p.severity() == org.newskg.problem.Problem.Severity.WARNING
                                && p.reason().contains("not an http(s) URL")),
                r.problems().toString());
        // whatever the reader, the metadata record itself refuses them
        assertEquals(null, new ArticleMeta(null, null, null, "JavaScript:alert(1)", List.of(), null).url());
        assertEquals(null, new ArticleMeta(null, null, null, "https://x.example/\nforged", List.of(), null).url());
        assertEquals(
                "http://x.example/a?b#c",
                new ArticleMeta(null, null, null, "http://x.example/a?b#c", List.of(), null).url());
    }
}

package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    @Test
    void acceptsHtmlNames() {
        assertTrue(reader.accepts("a.html"));
        assertTrue(reader.accepts("B.HTM"));
        assertFalse(reader.accepts("a.txt"));
    }

    @Test
    void keepsOnlyTheStoryParagraphs() {
        Article a = Fixtures.read(reader, "story-with-furniture.html").only();
        List<String> paragraphs = List.of(a.text().split("\n\n"));
        assertEquals(
                List.of(
                        "VARNHOLM (Coastal Ledger) - The regional harbour authority on Tuesday approved a 340 million euro "
                                + "expansion of the Varnholm container port, ending two years of dispute with fishing "
                                + "cooperatives and environmental groups.",
                        "The plan, submitted by operator Nordkai Terminals, adds two deep-water berths, a rail spur and a new "
                                + "breakwater, and is expected to double the port's capacity by 2029, authority chairman "
                                + "Edvin Saltmarsh told reporters.",
                        "\"This is the largest single investment the harbour has seen in a generation,\" Saltmarsh said, "
                                + "adding that construction would begin in the autumn.",
                        "The Varnholm Fishers' Cooperative, which had argued that dredging would damage spawning grounds, "
                                + "said it would not appeal after the operator agreed to fund a monitoring programme for ten years.",
                        "Shares in Nordkai's parent company, Helder Maritime Group, rose 3.2 percent in Copenhagen trading "
                                + "after the decision."),
                paragraphs);
        for (String furniture : List.of(
                "Share on",
                "Related",
                "Sign up",
                "About time",
                "Ferry strike",
                "cookies",
                "All rights reserved",
                "Photo:",
                "Harbour authority approves")) {
            assertFalse(a.text().contains(furniture), furniture);
        }
    }

    @Test
    void readsOpenGraphAndArticleMeta() {
        Article a = Fixtures.read(reader, "story-with-furniture.html").only();
        ArticleMeta m = a.meta();
        assertEquals("html", m.format());
        assertEquals("Harbour authority approves Varnholm port expansion", m.title());
        assertEquals("2024-05-14T08:30:00+02:00", m.published());
        assertEquals("The Coastal Ledger", m.outlet());
        assertEquals("https://ledger.example.com/business/varnholm-port-expansion", m.url());
        assertEquals(List.of("Marta Oyelaran"), m.authors());
        assertEquals("story-with-furniture.html", a.source());
    }

    @Test
    void readsJsonLdWhenThereAreNoMetaTags() {
        Article a = Fixtures.read(reader, "jsonld-only.html").only();
        ArticleMeta m = a.meta();
        assertEquals("Drought forces water rationing in Tessaly province", m.title());
        assertEquals("2023-08-02T06:15:00Z", m.published());
        assertEquals(List.of("Ilse Varga", "Tomas Brecht"), m.authors());
        assertEquals("Valley Daily Courier", m.outlet());
        assertEquals("https://courier.example.org/2023/08/drought-rationing", m.url());
        assertEquals(3, a.text().split("\n\n").length, a.text());
        assertTrue(a.text().startsWith("Authorities in Tessaly province"));
        assertTrue(a.text().endsWith("before mid-September."));
        assertFalse(a.text().contains("Most read"));
        assertFalse(a.text().contains("cup final"));
    }

    @Test
    void fallsBackToTitleElementAndTimeDatetime() {
        Article a = Fixtures.read(reader, "minimal.htm").only();
        assertEquals("Council votes to close Lindqvist Street library", a.meta().title());
        assertEquals("2022-11-30", a.meta().published());
        assertEquals(2, a.text().split("\n\n").length);
        assertFalse(a.text().contains("30 November 2022"));
    }

    @Test
    void respectsMetaCharset() {
        Article a = Fixtures.read(reader, "latin9.html").only();
        assertEquals("Café chain raises prices", a.meta().title());
        assertTrue(a.text().contains("café au lait to 4.20 €"), a.text());
    }

    @Test
    void fallsBackToWindows1252ForUndeclaredNonUtf8() throws Exception {
        byte[] page =
                "<html><body><p>The minister said \u201cno comment\u201d to reporters outside the caf\u00e9 on Monday.</p></body></html>"
                        .getBytes("windows-1252");
        Article a =
                Fixtures.read(reader, "p.html", new ByteArrayInputStream(page)).only();
        assertTrue(a.text().contains("\u201cno comment\u201d"), a.text());

        byte[] mislabelled =
                ("<html><head><meta charset=\"utf-8\"></head><body><p>The minister said \u201cno comment\u201d "
                                + "to reporters outside the caf\u00e9 on Monday.</p></body></html>")
                        .getBytes("windows-1252");
        Article b = Fixtures.read(reader, "q.html", new ByteArrayInputStream(mislabelled))
                .only();
        assertTrue(b.text().contains("\u201cno comment\u201d to reporters outside the caf\u00e9"), b.text());
    }

    @Test
    void reportsEmptyBinaryAndTextlessPages() throws Exception {
        var empty = Fixtures.read(reader, "empty.html", new ByteArrayInputStream(new byte[0]));
        assertTrue(empty.articles().isEmpty());
        assertTrue(
                empty.problems().get(0).reason().contains("empty"),
                empty.problems().toString());

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        var binary = Fixtures.read(reader, "logo.html", new ByteArrayInputStream(png));
        assertTrue(binary.articles().isEmpty());
        assertTrue(
                binary.problems().get(0).reason().contains("binary"),
                binary.problems().toString());

        var noText = Fixtures.read(
                reader,
                "nav.html",
                new ByteArrayInputStream(
                        "<html><body><nav><a href='/'>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(noText.articles().isEmpty());
        assertEquals("nav.html", noText.problems().get(0).source());
    }

    @Test
    void splitsParagraphsAtDoubleLineBreaksInPagesWithoutParagraphElements() throws Exception {
        String page = "<html><head><title>Tax revenue rises - Daily Item</title></head><body>"
                + "<div class='nav'><a href=/>Home</a> <a href=/business>Business</a></div>"
                + "<div id='articleText'>The finance ministry said on Monday that tax revenue rose 4 percent in the first "
                + "quarter, driven by higher wages and consumption.<br><br>Minister Karel Dusek told parliament that the "
                + "surplus would pay down debt, not cut taxes.<br/> <br/>Economists said the figures were better than expected."
                + "</div></body></html>";
        Article a = Fixtures.read(reader, "br.html", new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)))
                .only();
        assertEquals("Tax revenue rises", a.meta().title());
        assertEquals(3, a.text().split("\n\n").length, a.text());
        assertFalse(a.text().contains("Home"));
    }

    /**
     * Issue 19: a page of thousands of nested elements overflowed the stack in the cleaner
     * (recursive walks), which ended the whole batch. Read on a thread with a small stack, as the
     * reader thread has, so the test does not depend on the test runner's stack size.
     */
    @Test
    void deeplyNestedPageIsReadWithoutOverflowingTheStack() throws Exception {
        int depth = 10_000;
        String html = "<html><body>" + "<div>".repeat(depth)
                + "<p>The minister said on Monday that talks would continue next week.</p>"
                + "</div>".repeat(depth) + "</body></html>";
        Fixtures.Result[] result = new Fixtures.Result[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        result[0] = Fixtures.read(
                                reader, "nested.html", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
                    } catch (Throwable e) {
                        failure[0] = e;
                    }
                },
                "small-stack",
                256 * 1024);
        t.start();
        t.join();
        assertEquals(null, failure[0], () -> "reading failed: " + failure[0]);
        assertEquals(
                "The minister said on Monday that talks would continue next week.",
                result[0].only().text());
    }

    /** Issue 19 (stored XSS): an HTML canonical link or og:url of javascript: is not kept. */
    @Test
    void aJavascriptCanonicalUrlIsNotKept() throws java.io.IOException {
        String html = "<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\">"
                + "<meta property=\"og:url\" content=\"javascript:alert(2)\"></head><body><article>"
                + "<p>The minister said on Monday that talks would continue next week.</p></article></body></html>";
        var r = Fixtures.read(reader, "xss.html", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals(null, r.only().meta().url());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(
                r.problems().get(0).reason().contains("not an http(s) URL"),
                r.problems().toString());
    }
}

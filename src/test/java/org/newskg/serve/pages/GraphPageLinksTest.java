package org.newskg.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 (stored XSS): the graph page made an article's stored URL the href of its link, so a
 * {@code javascript:} URL ran in the server's origin when clicked. Every link the page builds from
 * store data must go through {@code httpHref}, which passes http(s) URLs only; the others are links
 * the page makes itself ({@code sparqlLink}, and the blob: URL of the exported view).
 */
class GraphPageLinksTest {

    @Test
    void everyHrefIsAnHttpUrlFromTheStoreOrALinkThePageMakes() throws IOException {
        String js;
        try (InputStream in = GraphPageLinksTest.class.getResourceAsStream("/web/assets/graph.js")) {
            assertNotNull(in, "graph.js is missing");
            js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> unchecked = new ArrayList<>();
        int assignments = 0;
        for (String line : js.split("\n")) {
            if (line.matches(".*\\.href\\s*=[^=].*")) {
                assignments++;
                String value = line.substring(line.indexOf('=') + 1).strip();
                if (!value.startsWith("httpHref(")
                        && !value.startsWith("sparqlLink(")
                        && !value.startsWith("URL.createObjectURL(")) {
                    unchecked.add(line.strip());
                }
            }
        }
        assertTrue(assignments >= 3, "graph.js has changed shape: " + assignments + " href assignments");
        assertEquals(List.of(), unchecked, "links built from store data without httpHref");
        assertTrue(
                js.contains("function httpHref(u) {\n    return typeof u === 'string' && /^https?:\\/\\/"),
                "httpHref accepts only http(s) URLs");
    }
}

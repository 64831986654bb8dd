package org.newskg.link.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.ProcessedArticle;

/**
 * The whole pipeline with {@code --wikidata online} against the local stand-in: the offline index
 * links what it knows, the API what it lacks; with the API down the offline links remain.
 */
class OnlineLinkingIT {
    private static final String TEXT = """
            Activists gather in Kyiv

            KYIV, 3 March 2025 - Swedish activist Greta Thunberg met Ukrainian President Volodymyr Zelensky in Kyiv on Monday.

            "We cannot look away," Thunberg told reporters after the meeting.
            """;

    @TempDir
    Path cache;

    private FixtureServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Set<String> sameAs(URI api) {
        WikidataOptions o =
                WikidataOptions.defaults(cache).withApi(api).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3));
        Pipeline p = new Pipeline(Components.load(true, o));
        ProcessedArticle done =
                p.process(Article.of("thunberg.txt", TEXT, ArticleMeta.of(null).withPublished("2025-03-03")));
        assertTrue(done.valid(), "SHACL-valid");
        return done.quads().stream()
                .map(Quad::asTriple)
                .filter(t -> t.getPredicate().getURI().equals("http://www.w3.org/2002/07/owl#sameAs"))
                .map(t -> t.getObject().getURI().replace("http://www.wikidata.org/entity/", ""))
                .collect(Collectors.toSet());
    }

    @Test
    void offlineFirstThenOnline() {
        Set<String> q = sameAs(server.api());
        assertTrue(q.contains("Q3874799"), "Zelensky from the index: " + q);
        assertTrue(q.contains("Q1899"), "Kyiv from the index: " + q);
        assertTrue(q.contains("Q56434717"), "Thunberg from the API: " + q);
        assertTrue(
                server.requests.stream()
                        .noneMatch(r -> r.params().getOrDefault("search", "").contains("Zelensky")),
                "names the index knows are not asked");
    }

    @Test
    void apiDownLeavesTheOfflineLinks() throws Exception {
        Set<String> q = sameAs(FixtureServer.closedPort());
        assertTrue(q.contains("Q3874799") && q.contains("Q1899"), q.toString());
        assertTrue(!q.contains("Q56434717"), q.toString());
        assertEquals(0, server.requests.size());
    }
}

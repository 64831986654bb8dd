package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The readers on the BBC corpus of ../shared (skipped where it is absent). */
class ArticleSourcesIT {

    private final ArticleSources sources = ArticleSources.defaults();

    @Test
    void readsRealBbcArticles() throws IOException {
        Path bbc = Path.of("../shared/corpus/bbc");
        Assumptions.assumeTrue(Files.isDirectory(bbc), "no ../shared/corpus/bbc");
        List<Path> files;
        try (var s = Files.list(bbc)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .limit(20)
                    .toList();
        }
        Assumptions.assumeTrue(!files.isEmpty());
        var r = Fixtures.sources(sources, files);
        assertEquals(files.size(), r.articles().size(), r.problems().toString());
        for (Article a : r.articles()) {
            assertTrue(a.meta().title() != null && !a.meta().title().isBlank(), a.source());
            assertFalse(a.meta().title().contains("\n"));
            assertTrue(a.meta().title().length() < 120, a.meta().title());
            String body = a.text().strip().substring(a.meta().title().length()).strip();
            assertTrue(body.length() > 100, a.source());
        }
        assertEquals(
                "Ad sales boost Time Warner profit",
                r.articles().stream()
                        .filter(a -> a.source().endsWith("business_001.txt"))
                        .findFirst()
                        .map(a -> a.meta().title())
                        .orElse("Ad sales boost Time Warner profit"));
    }
}

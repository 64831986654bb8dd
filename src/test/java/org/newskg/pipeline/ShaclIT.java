package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.ArticleMeta;
import org.newskg.article.ArticleSources;
import org.newskg.problem.ProblemReporter;

/** Every graph the pipeline produces conforms to the SHACL shapes. */
class ShaclIT {
    static final int BBC_ARTICLES = 300;

    static void assertConforms(List<Path> files) {
        List<String> failures = new ArrayList<>();
        int[] n = {0};
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> {});
        for (Path f : files) {
            ArticleSources.defaults().read(f, ArticleMeta.of(null), problems, article -> {
                n[0]++;
                ProcessedArticle p = TestKit.pipeline().process(article);
                if (!p.valid()) {
                    failures.add(f + ":\n    " + String.join("\n    ", p.violations()));
                }
            });
        }
        assertTrue(n[0] > 0, "no articles read from " + files);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + n[0] + " graphs do not conform:\n" + String.join("\n", failures));
    }

    static List<Path> txt(Path dir, int max) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .limit(max)
                    .toList();
        }
    }

    @Test
    void examples(@TempDir Path tmp) throws IOException {
        assertConforms(txt(TestKit.examples(tmp), 100));
    }

    @Test
    void seeds() throws IOException {
        assumeTrue(Files.isDirectory(TestKit.SEEDS), "../shared/seeds is absent");
        assertConforms(txt(TestKit.SEEDS, 100));
    }

    @Test
    void bbcCorpus() throws IOException {
        assumeTrue(Files.isDirectory(TestKit.BBC), "../shared/corpus/bbc is absent");
        assertConforms(txt(TestKit.BBC, BBC_ARTICLES));
    }
}

package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;
import org.newskg.article.ArticleReader;
import org.newskg.article.ArticleSources;
import org.newskg.article.PlainTextReader;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;
import org.newskg.store.GraphTarget;
import org.newskg.store.Store;

/**
 * Issue 19: what ends a batch early - the heap running out on the reader thread, the store failing
 * (a full disk) - still leaves every input stored or named with its reason.
 */
class IngestStopIT {

    /** A target that keeps graphs in memory, or fails every write with the given message. */
    static final class FakeTarget implements GraphTarget {
        final List<Node> stored = new ArrayList<>();
        final String failure;

        FakeTarget(String failure) {
            this.failure = failure;
        }

        @Override
        public Outcome replaceGraph(Node graphName, List<Quad> quads) {
            if (failure != null) {
                throw new Store.StoreException(failure, null);
            }
            stored.add(graphName);
            return Outcome.STORED;
        }

        @Override
        public String describe() {
            return "fake";
        }

        @Override
        public void close() {}
    }

    /** {@code n} distinct articles, a.txt, b.txt, ... */
    static List<Path> articles(Path dir, int n) throws Exception {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = TestKit.EXAMPLES.get(i % TestKit.EXAMPLES.size());
            Path f = dir.resolve(String.format("%03d-%s", i, name));
            Files.writeString(f, TestKit.example(name) + "\nEditing by desk " + i + ".\n");
            out.add(f);
        }
        return out;
    }

    @Test
    void outOfMemoryOnTheReaderStopsTheBatchAndNamesWhatWasNotRead(@TempDir Path tmp) throws Exception {
        List<Path> files = articles(tmp, 6);
        Path fail = files.get(2).resolveSibling("002-fail.oom");
        Files.writeString(fail, "anything");
        ArticleReader oom = new ArticleReader() {
            @Override
            public boolean accepts(String fileName) {
                return fileName.endsWith(".oom");
            }

            @Override
            public void read(
                    String source,
                    InputStream in,
                    ArticleMeta defaults,
                    ProblemReporter problems,
                    Consumer<Article> sink) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        ArticleSources sources =
                new ArticleSources(List.of(oom, new PlainTextReader()), ArticleSources.DEFAULT_MAX_BYTES);
        FakeTarget target = new FakeTarget(null);
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> {});
        IngestSummary s = new Ingest(TestKit.pipeline(), sources, 2).run(List.of(tmp), null, target, problems, null);

        // 000 and 001 were read before the error; 002-fail.oom sorts before 002-phone-call.txt
        assertEquals(2, s.stored(), s.describe() + " " + s.problems());
        assertEquals(2, target.stored.size());
        List<Problem> errors = s.problems().stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR)
                .toList();
        assertEquals(fail.toString(), errors.get(0).source());
        assertTrue(errors.get(0).reason().contains("out of memory"), errors.toString());
        for (Path notRead : files.subList(2, 6)) {
            assertTrue(
                    errors.stream()
                            .anyMatch(p -> p.source().equals(notRead.toString())
                                    && p.reason().startsWith("not read: ingest stopped (out of memory")),
                    notRead + " not named: " + errors);
        }
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(s.failed() >= 5, s.describe());
    }

    @Test
    void aFailingStoreStopsTheBatchAndNamesEveryArticleNotStored(@TempDir Path tmp) throws Exception {
        List<Path> files = articles(tmp, 12);
        FakeTarget target = new FakeTarget("disk full (1234 bytes free in /somewhere)");
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> {});
        IngestSummary s = new Ingest(TestKit.pipeline(), ArticleSources.defaults(), 2)
                .run(List.of(tmp), null, target, problems, null);
        assertEquals(0, s.stored(), s.describe());
        assertTrue(
                s.problems().stream()
                        .anyMatch(p -> p.source().equals("fake")
                                && p.reason().equals("the store failed: disk full (1234 bytes free in /somewhere)")),
                s.problems().toString());
        for (Path f : files) {
            assertTrue(
                    s.problems().stream()
                            .anyMatch(p -> p.source().equals(f.toString())
                                    && p.reason().contains("ingest stopped (the store failed: disk full")),
                    f + " not named: " + s.problems());
        }
        assertTrue(s.failed() >= files.size(), s.describe());
    }
}

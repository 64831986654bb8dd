package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;

class ArticleSourcesTest {

    private final ArticleSources sources = ArticleSources.defaults();

    @Test
    void defaultsPickAReaderForEveryFormat() {
        assertTrue(sources.readerFor("a.txt") instanceof PlainTextReader);
        assertTrue(sources.readerFor("a.html") instanceof HtmlReader);
        assertTrue(sources.readerFor("a.htm") instanceof HtmlReader);
        assertTrue(sources.readerFor("a.json") instanceof JsonReader);
        assertTrue(sources.readerFor("a.jsonl") instanceof JsonLinesReader);
        assertTrue(sources.readerFor("a.ndjson") instanceof JsonLinesReader);
        assertTrue(sources.readerFor("a.warc.gz") instanceof WarcReader);
        assertTrue(sources.readerFor("a.pdf") == null);
    }

    @Test
    void sidecarSuppliesMetadataForTheTextFile() {
        var r = Fixtures.sources(
                sources, List.of(Fixtures.path("sidecar-story.txt").getParent()));
        List<Article> side = r.articles().stream()
                .filter(a -> a.source().endsWith("sidecar-story.txt"))
                .toList();
        assertEquals(1, side.size());
        assertTrue(
                r.articles().stream().noneMatch(a -> a.source().endsWith("sidecar-story.json")),
                "the sidecar is not an article");
        ArticleMeta m = side.get(0).meta();
        assertEquals("text", m.format());
        assertEquals("Dock workers end three-day walkout", m.title(), "the text's headline wins");
        assertEquals("2024-06-07", m.published());
        assertEquals("Coastal Ledger", m.outlet());
        assertEquals("https://ledger.example.com/dock-walkout", m.url());
        assertEquals(List.of("Marta Oyelaran"), m.authors());
    }

    @Test
    void sidecarWinsOverBatchDefaultsButNotOverTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Headline here\n\nBody of the story, with enough words.\n");
        Files.writeString(dir.resolve("a.json"), "{\"source\": \"Side Outlet\"}");
        List<Article> out = new ArrayList<>();
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> {});
        ArticleMeta batch = new ArticleMeta(null, "2020-01-01", "Batch Outlet", null, List.of(), null);
        sources.read(dir.resolve("a.txt"), batch, problems, out::add);
        assertEquals("Side Outlet", out.get(0).meta().outlet());
        assertEquals("2020-01-01", out.get(0).meta().published());

        Files.writeString(dir.resolve("a.json"), "{\"source\": ");
        out.clear();
        sources.read(dir.resolve("a.txt"), batch, problems, out::add);
        assertEquals("Batch Outlet", out.get(0).meta().outlet());
        assertTrue(
                problems.problems().get(0).reason().contains("malformed sidecar"),
                problems.problems().toString());
    }

    @Test
    void emptyAndBinaryFilesAreReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "  \n\n");
        Files.write(dir.resolve("empty.html"), new byte[0]);
        Files.write(dir.resolve("empty.jsonl"), new byte[0]);
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        Files.write(dir.resolve("image.txt"), binary);
        Files.write(dir.resolve("image.html"), binary);
        Files.write(dir.resolve("records.json"), binary);
        var r = Fixtures.sources(sources, List.of(dir));
        assertTrue(r.articles().isEmpty());
        assertEquals(6, r.problems().size(), r.problems().toString());
        for (Problem p : r.problems()) {
            assertEquals(Problem.Severity.ERROR, p.severity());
            String expected = p.source().contains("empty") ? "empty" : "binary";
            assertTrue(p.reason().contains(expected), p.toString());
        }
    }

    @Test
    void readsAStreamAsTextOrJsonLines() {
        List<Article> out = new ArrayList<>();
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> {});
        sources.readStream(
                "stdin",
                new ByteArrayInputStream(
                        "Budget passes\n\nParliament passed the budget on Friday.\n".getBytes(StandardCharsets.UTF_8)),
                null,
                null,
                problems,
                out::add);
        assertEquals(1, out.size(), problems.problems().toString());
        assertEquals("Budget passes", out.get(0).meta().title());
        assertEquals("stdin", out.get(0).source());

        out.clear();
        String lines =
                "{\"title\": \"A\", \"text\": \"First.\"}\nnot json\n{\"title\": \"B\", \"text\": \"Second.\"}\n";
        sources.readStream(
                "stdin",
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                "jsonl",
                ArticleMeta.of(null).withOutlet("Piped"),
                problems,
                out::add);
        assertEquals(
                List.of("stdin#1", "stdin#3"), out.stream().map(Article::source).toList());
        assertEquals("Piped", out.get(1).meta().outlet());
        assertEquals(2, problems.problems().get(0).line());

        sources.readStream("stdin", new ByteArrayInputStream(new byte[0]), "pdf", null, problems, out::add);
        assertTrue(problems.problems().get(1).reason().contains("unknown input format"));
    }

    @Test
    void streamsOverTheSizeLimitAreRefused() {
        ArticleSources small = new ArticleSources(List.of(new PlainTextReader()), 10);
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> {});
        List<Article> out = new ArrayList<>();
        small.readStream(
                "stdin",
                new ByteArrayInputStream("A headline that is long\n\nand a body".getBytes(StandardCharsets.UTF_8)),
                "text",
                null,
                problems,
                out::add);
        assertTrue(out.isEmpty());
        assertTrue(problems.problems().get(0).reason().contains("over the limit"));
    }

    /** Issue 19: a sidecar was read whole whatever its size (a 3 GB sidecar took the heap). */
    @Test
    void aSidecarOverTheLimitIsReportedAndIgnored(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Headline here\n\nBody of the story, with enough words.\n");
        Files.writeString(dir.resolve("a.json"), "{\"source\": \"" + "x".repeat(2000) + "\"}");
        var r = Fixtures.sources(ArticleSources.defaults(1000), List.of(dir));
        assertEquals(1, r.articles().size(), r.problems().toString());
        assertEquals(null, r.articles().get(0).meta().outlet());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).source().endsWith("a.json"));
        assertTrue(
                r.problems().get(0).reason().contains("over the limit of 1000"),
                r.problems().toString());
    }

    /** Issue 19: opening a FIFO blocks until something writes to it; the batch hung for ever. */
    @Test
    void aFifoIsSkippedAndNamed(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo.txt");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mk.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        Files.writeString(dir.resolve("b.txt"), "Headline here\n\nBody of the story, with enough words.\n");
        var r = java.util.concurrent.CompletableFuture.supplyAsync(() -> Fixtures.sources(sources, List.of(dir)))
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(1, r.articles().size(), r.problems().toString());
        assertEquals(
                List.of(fifo.toString()),
                r.problems().stream().map(Problem::source).toList());
        assertTrue(
                r.problems().get(0).reason().contains("not a regular file"),
                r.problems().toString());
        // named on the command line, too
        var direct = java.util.concurrent.CompletableFuture.supplyAsync(() -> Fixtures.sources(sources, List.of(fifo)))
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(direct.articles().isEmpty());
        assertTrue(
                direct.problems().get(0).reason().contains("not a regular file"),
                direct.problems().toString());
    }

    /** A reader that fails with an {@link Error} on files whose name says so, and reads the others as text. */
    private static ArticleSources failingOn(Error error) {
        ArticleReader failing = new ArticleReader() {
            @Override
            public boolean accepts(String fileName) {
                return fileName.startsWith("fail");
            }

            @Override
            public void read(
                    String source,
                    java.io.InputStream in,
                    ArticleMeta defaults,
                    ProblemReporter problems,
                    java.util.function.Consumer<Article> sink) {
                throw error;
            }
        };
        return new ArticleSources(List.of(failing, new PlainTextReader()), ArticleSources.DEFAULT_MAX_BYTES);
    }

    /** Issue 19: a StackOverflowError ended the reader thread, and the batch with it, unreported. */
    @Test
    void anErrorWhileReadingIsReportedAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Headline here\n\nBody of the story, with enough words.\n");
        Files.writeString(dir.resolve("fail.txt"), "anything");
        Files.writeString(dir.resolve("z.txt"), "Another headline\n\nAnother story, with enough words.\n");
        var r = Fixtures.sources(failingOn(new StackOverflowError()), List.of(dir));
        assertEquals(2, r.articles().size(), r.problems().toString());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).source().endsWith("fail.txt"));
        assertTrue(
                r.problems().get(0).reason().contains("too deeply nested"),
                r.problems().toString());
    }

    /** After an OutOfMemoryError the input is named and the error passed on: the caller stops the batch. */
    @Test
    void outOfMemoryIsReportedAndPassedOn(@TempDir Path dir) throws IOException {
        Path fail = dir.resolve("fail.txt");
        Files.writeString(fail, "anything");
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> {});
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        try {
            failingOn(oom).read(fail, null, problems, a -> {});
            throw new AssertionError("the OutOfMemoryError was swallowed");
        } catch (OutOfMemoryError e) {
            assertTrue(e == oom);
        }
        assertEquals(1, problems.problems().size());
        assertTrue(
                problems.problems().get(0).reason().contains("out of memory"),
                problems.problems().toString());
    }
}

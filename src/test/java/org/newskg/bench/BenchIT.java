package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench on three example articles: the shape of its output, not its timings. */
class BenchIT {

    static final Pattern LAST_LINE = Pattern.compile(
            "bench: articles=\\d+ floor=\\d+\\.\\d/s full=\\d+\\.\\d/s store=\\d+\\.\\d/s full/floor=\\d+\\.\\d\\d heap=\\d+ MB");

    @Test
    void printsEveryStageAndQueryAndEndsWithTheSummaryLine(@TempDir Path dir) throws Exception {
        for (String name : List.of("harbour-talks.txt", "ministers-meet.txt", "phone-call.txt")) {
            copyExample(name, dir);
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Bench.Summary s;
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            s = new Bench(Bench.Config.defaults(dir)
                            .withThreads(2)
                            .withWarmup(0)
                            .withQueryRuns(1, 2))
                    .run(out);
        }
        List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
        String output = String.join("\n", lines);
        assertFalse(lines.isEmpty());

        assertEquals(3, s.articles());
        assertTrue(s.floor() > 0 && s.full() > 0 && s.store() > 0, output);
        for (String stage : List.of("floor", "full ", "store")) {
            assertTrue(
                    lines.stream().anyMatch(l -> l.startsWith(stage + " run 1: 3 articles")),
                    stage + " missing:\n" + output);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("full ") && l.contains("triples/s")), output);
        // every non-federated query, none of the SERVICE ones
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.matches("query persons\\.rq\\s+rows=\\d+\\s+p50=\\s*[\\d.]+ ms\\s+p95=.*")),
                output);
        assertFalse(output.contains("wikidata-"), output);
        assertEquals(
                QueryLatency.shippedQueries().size(),
                lines.stream().filter(l -> l.startsWith("query ")).count(),
                output);

        // the summary comes last, in the exact format the issue asks for
        String last = lines.get(lines.size() - 1);
        assertTrue(LAST_LINE.matcher(last).matches(), "last line: " + last);
        assertTrue(last.startsWith("bench: articles=3 "), last);
        assertEquals(s.line(), last);
    }

    @Test
    void fullOverFloorPairsTheStagesOfEachRepeat() {
        HeapSampler.Peak none = new HeapSampler.Peak(0, 0, 0);
        // 100 articles per second is 1e9 ns per 100 articles
        java.util.function.BiFunction<String, Double, Bench.Run> run =
                (stage, perSecond) -> new Bench.Run(stage, 100, 0, 0, (long) (100 / perSecond * 1e9), none);
        List<Bench.Run> runs = List.of(
                run.apply("floor", 100.0),
                run.apply("full", 60.0),
                run.apply("store", 40.0),
                run.apply("floor", 200.0),
                run.apply("full", 80.0),
                run.apply("store", 40.0),
                run.apply("floor", 100.0),
                run.apply("full", 50.0),
                run.apply("store", 40.0));
        Bench.Summary s = new Bench.Summary(100, 100, 60, 40, 0, runs, List.of());
        // repeats: 0.6, 0.4, 0.5 -> 0.5; the ratio of the medians would say 0.6
        assertEquals(0.5, s.ratio(), 1e-9);
    }

    @Test
    void percentilesAreNearestRank() {
        double[] v = new double[20];
        for (int i = 0; i < v.length; i++) {
            v[i] = i + 1;
        }
        assertEquals(10, QueryLatency.percentile(v, 50));
        assertEquals(19, QueryLatency.percentile(v, 95));
        assertEquals(7, QueryLatency.percentile(new double[] {7}, 95));
    }

    @Test
    void heapSamplerSeesAnAllocation() {
        try (HeapSampler heap = HeapSampler.start()) {
            heap.window();
            byte[][] keep = new byte[32][];
            for (int i = 0; i < keep.length; i++) {
                keep[i] = new byte[1 << 20];
            }
            HeapSampler.Peak p = heap.window();
            assertTrue(p.usedMb() >= 32, "peak " + p.usedMb() + " MB with 32 MB held");
            assertEquals(32, keep.length);
        }
    }

    private static void copyExample(String name, Path dir) throws IOException {
        try (InputStream in = BenchIT.class.getResourceAsStream("/examples/" + name)) {
            Files.write(dir.resolve(name), in.readAllBytes());
        }
    }
}

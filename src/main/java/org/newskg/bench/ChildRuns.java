package org.newskg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.article.Article;

/**
 * Measurements that need a fresh JVM: the end-to-end {@code newskg ingest} of a corpus (JVM start
 * included), and the bounded-memory check (the corpus fed K times, each copy with a marker line so
 * that its content hash differs, through {@code Ingest} into TDB2 in a JVM with a small heap).
 */
public final class ChildRuns {
    private ChildRuns() {}

    /** How long the child took, its exit status, its summary line and the store it left (the caller deletes it). */
    public record EndToEnd(double seconds, int exit, String summary, Path store) {}

    /**
     * Heap of the replicated ingest: the window up to {@code firstN} articles and the rest of the
     * run (peak in use, and the largest heap left after a GC).
     */
    public record Replicated(
            int k,
            int articles,
            int firstN,
            HeapSampler.Peak first,
            HeapSampler.Peak rest,
            long firstLiveMb,
            long restLiveMb,
            long storeMb,
            List<String> windows,
            double seconds,
            int exit) {
        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    /** The java launcher and class path of this JVM, to start a child running the same code. */
    static List<String> javaCommand(String... jvmOptions) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(List.of(jvmOptions));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.newskg.cli.Main");
        return cmd;
    }

    /**
     * Runs {@code newskg ingest --db TEMP corpus} in a child JVM and times it from process start to
     * exit; the store is kept for the query latencies on the whole corpus.
     */
    public static EndToEnd ingest(Path corpus, String heap, int threads) throws IOException, InterruptedException {
        Path db = Files.createTempDirectory("newskg-bench-e2e");
        Path err = Files.createTempFile("newskg-bench-e2e", ".err");
        Path cache = Files.createTempFile("newskg-bench-e2e", ".cache");
        Files.delete(cache);
        try {
            // as the launcher runs it: with the start-up cache it writes once per build
            List<String> jvm = startupCache("-Xmx" + heap, cache);
            List<String> cmd = javaCommand(jvm.toArray(String[]::new));
            cmd.addAll(
                    List.of("ingest", "--db", db.toString(), "--threads", String.valueOf(threads), corpus.toString()));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            String summary = "";
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("ingest:")) {
                        summary = line;
                    }
                }
            }
            int exit = p.waitFor();
            double s = (System.nanoTime() - t0) / 1e9;
            if (summary.isEmpty()) {
                summary = "(no summary; stderr: "
                        + String.join(
                                " | ",
                                Files.readAllLines(err).stream()
                                        .filter(l -> !l.startsWith("..."))
                                        .limit(5)
                                        .toList())
                        + ")";
            }
            return new EndToEnd(s, exit, summary, db);
        } finally {
            Files.deleteIfExists(err);
            Files.deleteIfExists(cache);
        }
    }

    /**
     * The JVM options of the launcher's start-up cache, after writing the cache as the launcher does:
     * on JDK 25 and later an AOT cache from a training run of {@code demo --no-serve} (the bundled
     * examples, not the corpus measured), before that a class-data-sharing archive.
     */
    private static List<String> startupCache(String heap, Path cache) throws IOException, InterruptedException {
        List<String> train;
        List<String> run;
        if (Runtime.version().feature() >= 25) {
            train = List.of(heap, "-XX:AOTCacheOutput=" + cache, "-Xlog:aot*=off", "-Xlog:cds*=off");
            run = List.of(heap, "-XX:AOTCache=" + cache, "-Xlog:aot*=off", "-Xlog:cds*=off");
        } else {
            train = List.of(heap, "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + cache, "-Xlog:cds*=off");
            run = train;
        }
        Path db = Files.createTempDirectory("newskg-bench-train");
        try {
            List<String> cmd = javaCommand(train.toArray(String[]::new));
            cmd.addAll(List.of("demo", "--no-serve", "--db", db.resolve("db").toString()));
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.getOutputStream().close();
            p.waitFor();
        } finally {
            Bench.deleteTree(db);
        }
        return run;
    }

    private static final Pattern WINDOW =
            Pattern.compile("bench-child: articles=(\\d+) peak=(\\d+) afterGc=(\\d+) gcs=(\\d+) live=(\\d+)( final)?");

    /**
     * Feeds {@code corpus} {@code k} times (copy {@code c} of article {@code i} gets the line
     * "(replica c.i)" appended) as JSON Lines on the standard input of a child JVM with {@code -Xmx heap}
     * that ingests them into a temporary TDB2 store ({@link IngestChild}); progress lines go to {@code log}.
     */
    public static Replicated replicate(
            List<Article> corpus, int k, String heap, int threads, int firstN, PrintStream log)
            throws IOException, InterruptedException {
        Path db = Files.createTempDirectory("newskg-bench-replica");
        Path err = Files.createTempFile("newskg-bench-replica", ".err");
        try {
            List<String> cmd = javaCommand("-Xmx" + heap);
            cmd.addAll(List.of(
                    "bench",
                    "--ingest-child",
                    db.toString(),
                    "--threads",
                    String.valueOf(threads),
                    "--first",
                    String.valueOf(firstN)));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            Thread feeder = Thread.ofPlatform()
                    .name("newskg-bench-replica-feed")
                    .daemon(true)
                    .start(() -> {
                        ObjectMapper om = new ObjectMapper();
                        try (Writer w = new BufferedWriter(
                                new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
                            for (int c = 0; c < k; c++) {
                                for (int i = 0; i < corpus.size(); i++) {
                                    ObjectNode o = om.createObjectNode();
                                    o.put(
                                            "text",
                                            corpus.get(i).text().stripTrailing() + "\n\n(replica " + c + "." + i
                                                    + ")\n");
                                    w.write(om.writeValueAsString(o));
                                    w.write('\n');
                                }
                            }
                        } catch (IOException e) {
                            // the child ended early; its exit status tells
                        }
                    });
            HeapSampler.Peak first = null;
            long restPeak = 0;
            long restAfter = 0;
            int restGcs = 0;
            long firstLive = -1;
            long restLive = 0;
            int articles = 0;
            List<String> windows = new ArrayList<>();
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    Matcher m = WINDOW.matcher(line);
                    if (!m.find()) {
                        continue;
                    }
                    int n = Integer.parseInt(m.group(1));
                    HeapSampler.Peak peak = new HeapSampler.Peak(
                            Long.parseLong(m.group(2)) << 20,
                            Long.parseLong(m.group(3)) << 20,
                            Integer.parseInt(m.group(4)));
                    long live = Long.parseLong(m.group(5));
                    String w = String.format(
                            Locale.ROOT,
                            "replicate: up to %d articles (%.0f s): heap peak %d MB, after GC max %d MB, "
                                    + "live after full GC %d MB",
                            n,
                            (System.nanoTime() - t0) / 1e9,
                            peak.usedMb(),
                            peak.afterGcMb(),
                            live);
                    windows.add(w);
                    if (log != null) {
                        log.println(w);
                    }
                    if (first == null) {
                        first = peak;
                        firstLive = live;
                    } else {
                        restLive = Math.max(restLive, live);
                        restPeak = Math.max(restPeak, peak.usedBytes());
                        restAfter = Math.max(restAfter, peak.afterGcBytes());
                        restGcs += peak.collections();
                    }
                    articles = n;
                }
            }
            int exit = p.waitFor();
            feeder.join();
            double s = (System.nanoTime() - t0) / 1e9;
            if (exit != 0 && log != null) {
                Files.readAllLines(err).stream()
                        .filter(l -> !l.startsWith("..."))
                        .limit(10)
                        .forEach(l -> log.println("replicate: child: " + l));
            }
            long storeMb = org.newskg.store.Store.bytesOnDisk(db) >> 20;
            return new Replicated(
                    k,
                    articles,
                    firstN,
                    first,
                    new HeapSampler.Peak(restPeak, restAfter, restGcs),
                    firstLive,
                    restLive,
                    storeMb,
                    windows,
                    s,
                    exit);
        } finally {
            Bench.deleteTree(db);
            Files.deleteIfExists(err);
        }
    }
}

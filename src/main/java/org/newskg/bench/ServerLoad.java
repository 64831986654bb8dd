package org.newskg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test of a running server (figures, not a test): {@code clients} threads send
 * {@code total} queries between them, the shipped non-federated queries in turn, each a SPARQL POST
 * over HTTP whose whole answer is read. Every answer other than 200 is an error.
 *
 * <pre>{@code
 * ServerLoad.Result r = ServerLoad.run(URI.create("http://127.0.0.1:3030/newskg/sparql"), queries, 8, 2000);
 * }</pre>
 */
public final class ServerLoad {
    private ServerLoad() {}

    /** Latencies in milliseconds; errors by status ("IOException" for a failed exchange). */
    public record Result(
            int queries,
            int clients,
            double seconds,
            double p50,
            double p95,
            double p99,
            double max,
            int errors,
            Map<String, Integer> errorKinds) {
        public String describe() {
            return String.format(
                    java.util.Locale.ROOT,
                    "%d queries, %d clients, %.1f s (%.0f queries/s): p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms, errors %d%s",
                    queries,
                    clients,
                    seconds,
                    queries / seconds,
                    p50,
                    p95,
                    p99,
                    max,
                    errors,
                    errorKinds.isEmpty() ? "" : " " + errorKinds);
        }
    }

    public static Result run(URI endpoint, List<Map.Entry<String, String>> queries, int clients, int total)
            throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        double[] ms = new double[total];
        String[] failures = new String[total];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    String q = queries.get(i % queries.size()).getValue();
                    HttpRequest req = HttpRequest.newBuilder(endpoint)
                            .timeout(Duration.ofSeconds(120))
                            .header("Content-Type", "application/sparql-query; charset=utf-8")
                            .header("Accept", "application/sparql-results+json")
                            .POST(HttpRequest.BodyPublishers.ofString(q, StandardCharsets.UTF_8))
                            .build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
                        try (InputStream in = r.body()) {
                            in.transferTo(java.io.OutputStream.nullOutputStream());
                        }
                        if (r.statusCode() != 200) {
                            failures[i] = "HTTP " + r.statusCode();
                        }
                    } catch (IOException e) {
                        failures[i] = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
            }));
        }
        pool.shutdown();
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a client thread failed: " + e.getCause(), e.getCause());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Integer> kinds = new TreeMap<>();
        int errors = 0;
        for (String f : failures) {
            if (f != null) {
                errors++;
                kinds.merge(f, 1, Integer::sum);
            }
        }
        Arrays.sort(ms);
        return new Result(
                total,
                clients,
                seconds,
                QueryLatency.percentile(ms, 50),
                QueryLatency.percentile(ms, 95),
                QueryLatency.percentile(ms, 99),
                ms.length == 0 ? 0 : ms[ms.length - 1],
                errors,
                kinds);
    }

    /**
     * The load test twice: on its own, then while {@code ingest} (a child process writing to the
     * server, started here) runs. Prints both results and what the ingest reported.
     *
     * @param ingest the command line of the writer, or null for the first run only
     * @param settleSeconds how long the writer runs before the second load starts (model loading)
     */
    public static List<Result> withAndWithoutWriter(
            URI endpoint,
            List<Map.Entry<String, String>> queries,
            int clients,
            int total,
            List<String> ingest,
            int settleSeconds,
            PrintStream out)
            throws IOException, InterruptedException {
        List<Result> results = new ArrayList<>();
        // warm-up: the JIT and the store's caches, not measured
        run(endpoint, queries, clients, Math.min(total, queries.size() * 10));
        Result alone = run(endpoint, queries, clients, total);
        out.println("load alone:          " + alone.describe());
        results.add(alone);
        if (ingest == null) {
            return results;
        }
        ProcessBuilder pb = new ProcessBuilder(ingest).redirectErrorStream(true);
        Process writer = pb.start();
        StringBuilder log = new StringBuilder();
        Thread drain = new Thread(
                () -> {
                    try (var r = new java.io.BufferedReader(
                            new java.io.InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            synchronized (log) {
                                log.append(line).append('\n');
                            }
                        }
                    } catch (IOException e) {
                        // the child went away; its exit status tells
                    }
                },
                "ingest-output");
        drain.start();
        Thread.sleep(settleSeconds * 1000L);
        boolean aliveAtStart = writer.isAlive();
        long w0 = System.nanoTime();
        Result during = run(endpoint, queries, clients, total);
        boolean aliveAtEnd = writer.isAlive();
        out.println("load during ingest:  " + during.describe());
        out.println("  ingest "
                + (aliveAtStart && aliveAtEnd
                        ? "ran throughout"
                        : aliveAtStart ? "ended during the load" : "had ended before the load started"));
        results.add(during);
        int exit = writer.waitFor();
        drain.join();
        double writerSeconds = (System.nanoTime() - w0) / 1e9;
        String summary = log.toString()
                .strip()
                .lines()
                .filter(l -> l.startsWith("ingest:"))
                .reduce((a, b) -> b)
                .orElse(log.toString().strip().lines().reduce((a, b) -> b).orElse("(no output)"));
        out.println("  ingest exit " + exit + " (" + String.format(java.util.Locale.ROOT, "%.0f", writerSeconds)
                + " s after the load started): " + summary);
        return results;
    }
}

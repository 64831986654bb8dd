package org.newskg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

/**
 * Latency of the shipped {@code queries/*.rq} against a store: each query runs a few times to warm
 * up, then {@code runs} times, each in its own read transaction over the store's dataset (whose
 * default graph is the union of the article graphs), consuming every result. Federated queries
 * (SERVICE) are skipped: they measure Wikidata, not us.
 */
public final class QueryLatency {

    /** One query's figures. */
    public record Result(String name, long rows, double p50Millis, double p95Millis, double maxMillis) {}

    private static final Pattern SERVICE = Pattern.compile("(?im)^[^#\\n]*\\bSERVICE\\b");

    private QueryLatency() {}

    /** The non-federated shipped queries, name to text, in name order. */
    public static List<Map.Entry<String, String>> shippedQueries() throws IOException {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String name : list()) {
            try (InputStream in = QueryLatency.class.getClassLoader().getResourceAsStream("queries/" + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (!SERVICE.matcher(text).find()) {
                    out.add(Map.entry(name, text));
                }
            }
        }
        return out;
    }

    /** Times every query; {@code warmup} untimed runs first, then {@code runs} timed runs. */
    public static List<Result> measure(Dataset dataset, List<Map.Entry<String, String>> queries, int warmup, int runs) {
        List<Result> out = new ArrayList<>();
        for (var e : queries) {
            Query q = QueryFactory.create(e.getValue());
            long rows = 0;
            for (int i = 0; i < warmup; i++) {
                rows = runOnce(dataset, q);
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                rows = runOnce(dataset, q);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            out.add(new Result(
                    e.getKey(), rows, percentile(ms, 50), percentile(ms, 95), ms.length == 0 ? 0 : ms[ms.length - 1]));
        }
        return out;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static long runOnce(Dataset dataset, Query q) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                if (q.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    long n = 0;
                    while (rs.hasNext()) {
                        rs.next();
                        n++;
                    }
                    return n;
                }
                if (q.isAskType()) {
                    return qe.execAsk() ? 1L : 0L;
                }
                if (q.isConstructType()) {
                    long n = 0;
                    var it = qe.execConstructTriples();
                    while (it.hasNext()) {
                        it.next();
                        n++;
                    }
                    return n;
                }
                return (long) qe.execDescribe().size();
            }
        });
    }

    private static List<String> list() throws IOException {
        URL url = QueryLatency.class.getClassLoader().getResource("queries");
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            Path dir;
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                dir = fs.getPath("queries");
            } else {
                dir = Path.of(uri);
            }
            try (Stream<Path> s = Files.list(dir)) {
                return s.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".rq"))
                        .sorted()
                        .toList();
            }
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }
}

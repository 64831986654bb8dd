package org.newskg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;
import org.newskg.article.ArticleSources;
import org.newskg.config.NewskgConfig;
import org.newskg.nlp.Annotator;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Ingest;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.ProcessedArticle;
import org.newskg.problem.ProblemReporter;
import org.newskg.store.Store;

/**
 * The throughput benchmark: the same articles, read into memory once, through (1) the OpenNLP
 * floor (sentences, tokens, POS; no lemmas), (2) the full pipeline into an in-memory dataset and
 * (3) the full pipeline into a fresh TDB2 store, one write transaction per article, as
 * {@code newskg ingest} does; then the latency of the shipped queries against that store. A
 * benchmark, not a test: it prints figures and judges nothing.
 *
 * <pre>{@code
 * Bench.Summary s = new Bench(Bench.Config.defaults(Path.of("corpus/bbc")).withLimit(500)).run(System.out);
 * }</pre>
 */
public final class Bench {

    /**
     * What to run. {@code limit} 0 means every article; {@code threads} 0 means all cores;
     * the three stages run over the articles, untimed, again and again for {@code warmup} seconds before
     * the measured runs (on two cores the JIT needs about a minute to compile the extraction).
     */
    public record Config(
            Path corpus,
            int limit,
            int threads,
            int repeat,
            int warmup,
            int queryWarmup,
            int queryRuns,
            String e2eHeap,
            int replicate,
            String replicateHeap,
            int replicateFirst) {
        // compile-time constants, so that the command's option annotations can name them
        public static final int DEFAULT_REPEAT = 1;
        /** On two cores the JIT needs about a minute to compile the extraction. */
        public static final int DEFAULT_WARMUP_SECONDS = 60;

        public static final int DEFAULT_QUERY_WARMUP = 3;
        public static final int DEFAULT_QUERY_RUNS = 20;
        /** The launcher's -Xmx, so the end-to-end figure is the one a user sees. */
        public static final String DEFAULT_E2E_HEAP = "2g";

        public static final String DEFAULT_REPLICATE_HEAP = "1g";
        public static final int DEFAULT_REPLICATE_FIRST = 1000;

        public Config {
            if (corpus == null) {
                throw new IllegalArgumentException("a corpus folder is required");
            }
            if (limit < 0
                    || threads < 0
                    || repeat < 1
                    || warmup < 0
                    || queryWarmup < 0
                    || queryRuns < 1
                    || replicate < 0
                    || replicateFirst < 1) {
                throw new IllegalArgumentException(
                        "bad bench settings: limit=" + limit + " threads=" + threads + " repeat=" + repeat + " warmup="
                                + warmup + " queryRuns=" + queryRuns + " replicate=" + replicate);
            }
        }

        /** Every article, all cores, one run, 60 s of warm-up, 3+20 query runs, no child JVMs. */
        public static Config defaults(Path corpus) {
            return new Config(
                    corpus,
                    0,
                    NewskgConfig.DEFAULT_THREADS,
                    DEFAULT_REPEAT,
                    DEFAULT_WARMUP_SECONDS,
                    DEFAULT_QUERY_WARMUP,
                    DEFAULT_QUERY_RUNS,
                    null,
                    0,
                    DEFAULT_REPLICATE_HEAP,
                    DEFAULT_REPLICATE_FIRST);
        }

        public Config withLimit(int n) {
            return new Config(
                    corpus,
                    n,
                    threads,
                    repeat,
                    warmup,
                    queryWarmup,
                    queryRuns,
                    e2eHeap,
                    replicate,
                    replicateHeap,
                    replicateFirst);
        }

        public Config withThreads(int n) {
            return new Config(
                    corpus,
                    limit,
                    n,
                    repeat,
                    warmup,
                    queryWarmup,
                    queryRuns,
                    e2eHeap,
                    replicate,
                    replicateHeap,
                    replicateFirst);
        }

        public Config withRepeat(int n) {
            return new Config(
                    corpus,
                    limit,
                    threads,
                    n,
                    warmup,
                    queryWarmup,
                    queryRuns,
                    e2eHeap,
                    replicate,
                    replicateHeap,
                    replicateFirst);
        }

        /** Seconds of untimed runs of the three stages before measuring. */
        public Config withWarmup(int n) {
            return new Config(
                    corpus,
                    limit,
                    threads,
                    repeat,
                    n,
                    queryWarmup,
                    queryRuns,
                    e2eHeap,
                    replicate,
                    replicateHeap,
                    replicateFirst);
        }

        public Config withQueryRuns(int warm, int runs) {
            return new Config(
                    corpus,
                    limit,
                    threads,
                    repeat,
                    warmup,
                    warm,
                    runs,
                    e2eHeap,
                    replicate,
                    replicateHeap,
                    replicateFirst);
        }

        /** Also time {@code newskg ingest} of the whole corpus in a child JVM with this -Xmx (e.g. "2g"). */
        public Config withEndToEnd(String heap) {
            return new Config(
                    corpus,
                    limit,
                    threads,
                    repeat,
                    warmup,
                    queryWarmup,
                    queryRuns,
                    heap,
                    replicate,
                    replicateHeap,
                    replicateFirst);
        }

        /** Also ingest the corpus {@code k} times in a child JVM with this -Xmx; heap of the first {@code first} articles vs the rest. */
        public Config withReplicate(int k, String heap, int first) {
            return new Config(corpus, limit, threads, repeat, warmup, queryWarmup, queryRuns, e2eHeap, k, heap, first);
        }

        int effectiveThreads() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }
    }

    /** One measured run of one stage. */
    public record Run(String stage, int articles, long tokens, long triples, long nanos, HeapSampler.Peak heap) {
        public double seconds() {
            return nanos / 1e9;
        }

        public double articlesPerSecond() {
            return articles / seconds();
        }

        public double tokensPerSecond() {
            return tokens / seconds();
        }

        public double triplesPerSecond() {
            return triples / seconds();
        }
    }

    /** The figures of the last line. */
    public record Summary(
            int articles,
            double floor,
            double full,
            double store,
            long heapMb,
            List<Run> runs,
            List<QueryLatency.Result> queries) {
        /**
         * full/floor: the median over the repeats of each repeat's full rate over its floor rate.
         * A repeat's two stages run back to back, so a machine whose speed drifts between repeats
         * (a shared virtual machine) moves both alike.
         */
        public double ratio() {
            List<Double> r = new ArrayList<>();
            Run floorRun = null;
            for (Run run : runs) {
                if (run.stage().equals("floor")) {
                    floorRun = run;
                } else if (run.stage().equals("full") && floorRun != null) {
                    r.add(run.articlesPerSecond() / floorRun.articlesPerSecond());
                }
            }
            return r.isEmpty()
                    ? full / floor
                    : median(
                            r.stream().mapToDouble(Double::doubleValue).sorted().toArray());
        }

        public String line() {
            return String.format(
                    Locale.ROOT,
                    "bench: articles=%d floor=%.1f/s full=%.1f/s store=%.1f/s full/floor=%.2f heap=%d MB",
                    articles,
                    floor,
                    full,
                    store,
                    ratio(),
                    heapMb);
        }
    }

    private final Config config;
    private final Supplier<Components> components;

    public Bench(Config config) {
        this(config, () -> Components.load(true));
    }

    Bench(Config config, Supplier<Components> components) {
        this.config = config;
        this.components = components;
    }

    /** Reads every article under the corpus folder (up to {@code limit}) into memory. */
    public static List<Article> readCorpus(Path corpus, int limit, ProblemReporter problems) {
        ArticleSources sources = ArticleSources.defaults();
        List<Article> out = new ArrayList<>();
        for (Path f : sources.files(List.of(corpus), problems)) {
            if (limit > 0 && out.size() >= limit) {
                break;
            }
            sources.read(f, ArticleMeta.of(null), problems, a -> {
                if (limit <= 0 || out.size() < limit) {
                    out.add(a);
                }
            });
        }
        return out;
    }

    /**
     * Runs the stages, the queries and the child-JVM runs asked for, printing as it goes; the last line
     * printed is {@link Summary#line()}.
     */
    public Summary run(PrintStream out) throws IOException, InterruptedException {
        int threads = config.effectiveThreads();
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> {});
        long t0 = System.nanoTime();
        List<Article> articles = readCorpus(config.corpus(), config.limit(), problems);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles under " + config.corpus());
        }
        long readMs = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        Components c = components.get();
        Pipeline pipeline = new Pipeline(c);
        long loadMs = (System.nanoTime() - t1) / 1_000_000;
        List<String> bodies =
                articles.stream().map(a -> c.cleaner().clean(a).body()).toList();
        out.printf(
                Locale.ROOT,
                "bench: corpus=%s articles=%d (read in %d ms, %d input problems) threads=%d repeat=%d "
                        + "warmup=%d s; models and index loaded in %d ms; max heap %d MB%n",
                config.corpus(),
                articles.size(),
                readMs,
                problems.problems().size(),
                threads,
                config.repeat(),
                config.warmup(),
                loadMs,
                Runtime.getRuntime().maxMemory() >> 20);

        List<Run> runs = new ArrayList<>();
        Path lastStore = null;
        try (HeapSampler heap = HeapSampler.start()) {
            if (config.warmup() > 0) {
                long tw = System.nanoTime();
                int passes = 0;
                // the JIT compiles the extraction code over tens of seconds on two cores: measured runs
                // before that report the compiler, not the pipeline
                while (System.nanoTime() - tw < config.warmup() * 1_000_000_000L) {
                    floor(c, bodies, threads, heap);
                    Run full = full(pipeline, articles, threads, heap);
                    Path scratch = Files.createTempDirectory("newskg-bench-warmup");
                    try {
                        store(pipeline, articles, threads, scratch, heap, full.tokens());
                    } finally {
                        deleteTree(scratch);
                    }
                    passes++;
                }
                out.printf(
                        Locale.ROOT,
                        "warm-up: %d passes of the three stages over the articles in %.1f s%n",
                        passes,
                        (System.nanoTime() - tw) / 1e9);
            }
            for (int r = 1; r <= config.repeat(); r++) {
                System.gc();
                heap.window();
                Run f = floor(c, bodies, threads, heap);
                print(out, f, r);
                runs.add(f);
                System.gc();
                heap.window();
                Run full = full(pipeline, articles, threads, heap);
                print(out, full, r);
                runs.add(full);
                System.gc();
                heap.window();
                if (lastStore != null) {
                    deleteTree(lastStore);
                }
                lastStore = Files.createTempDirectory("newskg-bench-store");
                Run s = store(pipeline, articles, threads, lastStore, heap, full.tokens());
                print(out, s, r);
                runs.add(s);
            }
        }
        List<QueryLatency.Result> queries;
        try (Store store = Store.open(lastStore)) {
            queries = QueryLatency.measure(
                    store.dataset(), QueryLatency.shippedQueries(), config.queryWarmup(), config.queryRuns());
        } finally {
            deleteTree(lastStore);
        }
        for (QueryLatency.Result q : queries) {
            out.printf(
                    Locale.ROOT,
                    "query %-32s rows=%-6d p50=%7.1f ms  p95=%7.1f ms  max=%7.1f ms  (%d runs)%n",
                    q.name(),
                    q.rows(),
                    q.p50Millis(),
                    q.p95Millis(),
                    q.maxMillis(),
                    config.queryRuns());
        }
        long heapMb = runs.stream().mapToLong(r -> r.heap().usedMb()).max().orElse(0);
        Summary summary = new Summary(
                articles.size(),
                median(runs, "floor"),
                median(runs, "full"),
                median(runs, "store"),
                heapMb,
                runs,
                queries);
        if (config.e2eHeap() != null) {
            ChildRuns.EndToEnd r = ChildRuns.ingest(config.corpus(), config.e2eHeap(), threads);
            out.printf(
                    Locale.ROOT,
                    "e2e: newskg ingest %s (-Xmx%s, %d threads): %.1f s end to end, JVM start included, "
                            + "exit %d; %s%n",
                    config.corpus(),
                    config.e2eHeap(),
                    threads,
                    r.seconds(),
                    r.exit(),
                    r.summary());
            try (Store store = Store.open(r.store())) {
                for (QueryLatency.Result q : QueryLatency.measure(
                        store.dataset(), QueryLatency.shippedQueries(), config.queryWarmup(), config.queryRuns())) {
                    out.printf(
                            Locale.ROOT,
                            "e2e query %-28s rows=%-6d p50=%7.1f ms  p95=%7.1f ms  max=%7.1f ms  (%d runs, "
                                    + "whole-corpus store)%n",
                            q.name(),
                            q.rows(),
                            q.p50Millis(),
                            q.p95Millis(),
                            q.maxMillis(),
                            config.queryRuns());
                }
            } finally {
                deleteTree(r.store());
            }
        }
        if (config.replicate() > 0) {
            List<Article> all = config.limit() == 0 ? articles : readCorpus(config.corpus(), 0, problems);
            ChildRuns.Replicated r = ChildRuns.replicate(
                    all, config.replicate(), config.replicateHeap(), threads, config.replicateFirst(), out);
            out.printf(
                    Locale.ROOT,
                    "replicate: K=%d, %d articles ingested into TDB2 with -Xmx%s in %.0f s "
                            + "(%.1f articles/s; 100,000 would take about %.0f min), exit %d%n",
                    r.k(),
                    r.articles(),
                    config.replicateHeap(),
                    r.seconds(),
                    r.articlesPerSecond(),
                    100_000 / r.articlesPerSecond() / 60,
                    r.exit());
            if (r.first() != null) {
                out.printf(
                        Locale.ROOT,
                        "replicate: heap, first %d articles: peak %d MB (after GC max %d MB, live %d MB); "
                                + "articles %d-%d: peak %d MB (after GC max %d MB, live max %d MB)%n",
                        r.firstN(),
                        r.first().usedMb(),
                        r.first().afterGcMb(),
                        r.firstLiveMb(),
                        r.firstN() + 1,
                        r.articles(),
                        r.rest().usedMb(),
                        r.rest().afterGcMb(),
                        r.restLiveMb());
            }
            out.printf(
                    Locale.ROOT,
                    "replicate: store on disk %d MB (TDB2 keeps the blocks each commit replaced until "
                            + "`newskg compact`)%n",
                    r.storeMb());
        }
        out.println(summary.line());
        return summary;
    }

    private static void print(PrintStream out, Run r, int repeat) {
        out.printf(
                Locale.ROOT,
                "%-5s run %d: %d articles in %6.1f s  %7.1f articles/s  %8.0f tokens/s  %s  heap peak %d MB "
                        + "(after GC max %d MB, %d GCs)%n",
                r.stage(),
                repeat,
                r.articles(),
                r.seconds(),
                r.articlesPerSecond(),
                r.tokensPerSecond(),
                r.triples() > 0
                        ? String.format(Locale.ROOT, "%8.0f triples/s", r.triplesPerSecond())
                        : String.format("%17s", ""),
                r.heap().usedMb(),
                r.heap().afterGcMb(),
                r.heap().collections());
    }

    private static double median(List<Run> runs, String stage) {
        return median(runs.stream()
                .filter(r -> r.stage().equals(stage))
                .mapToDouble(Run::articlesPerSecond)
                .sorted()
                .toArray());
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Stage 1: sentence detection, tokenisation and POS tagging only, one annotator per thread. */
    static Run floor(Components c, List<String> bodies, int threads, HeapSampler heap) throws InterruptedException {
        LongAdder tokens = new LongAdder();
        long nanos = parallel(threads, bodies.size(), () -> {
            // words as their own lemmas: OpenNLP's sentences, tokens and tags alone, as the pipeline makes them
            Annotator a = new Annotator(c.models(), (words, tags) -> words);
            return i -> tokens.add(a.annotate(bodies.get(i)).tokenCount());
        });
        return new Run("floor", bodies.size(), tokens.sum(), 0, nanos, heap.window());
    }

    /** Stage 2: {@link Pipeline#process} on every article, the quads added to an in-memory dataset. */
    static Run full(Pipeline pipeline, List<Article> articles, int threads, HeapSampler heap)
            throws InterruptedException {
        LongAdder tokens = new LongAdder();
        LongAdder triples = new LongAdder();
        // each article's graph, as the pipeline built it, linked into one in-memory dataset: copying
        // the quads again (let alone into the transactional in-memory dataset, whose persistent
        // indexes cost more per quad than TDB2) would measure the container, not the pipeline
        DatasetGraph mem = DatasetGraphFactory.createGeneral();
        long nanos = parallel(threads, articles.size(), () -> i -> {
            ProcessedArticle p = pipeline.process(articles.get(i));
            tokens.add(p.tokens());
            if (p.valid()) {
                synchronized (mem) {
                    mem.addGraph(p.graph(), p.content());
                }
                triples.add(p.quads().size());
            }
        });
        return new Run("full", articles.size(), tokens.sum(), triples.sum(), nanos, heap.window());
    }

    /**
     * Stage 3: what {@code newskg ingest} does after reading, through {@link Ingest} itself: extraction
     * on {@code threads} workers, a bounded queue of articles in flight, one writer storing batches of
     * whole articles in TDB2 write transactions.
     *
     * @param tokens the articles' token count (from stage 2: the same articles, the same annotator)
     */
    static Run store(Pipeline pipeline, List<Article> articles, int threads, Path dir, HeapSampler heap, long tokens) {
        try (Store store = Store.open(dir)) {
            store.ensureOntology();
            long t0 = System.nanoTime();
            IngestSummary s = new Ingest(pipeline, ArticleSources.defaults(), threads)
                    .run(articles, store, ProblemReporter.collecting(p -> {}), null);
            long nanos = System.nanoTime() - t0;
            return new Run("store", articles.size(), tokens, s.triplesWritten(), nanos, heap.window());
        }
    }

    /** A task per index on {@code threads} workers, each with its own per-thread state; the wall time in ns. */
    static long parallel(int threads, int n, Supplier<IntConsumerX> perThread) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread[] workers = new Thread[threads];
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers[t] = Thread.ofPlatform().name("newskg-bench-" + t).start(() -> {
                IntConsumerX task = perThread.get();
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    try {
                        task.accept(i);
                    } catch (RuntimeException | StackOverflowError e) {
                        failures.add(e); // an article that fails still counts; ingest would report it
                    }
                }
            });
        }
        for (Thread w : workers) {
            w.join();
        }
        return System.nanoTime() - t0;
    }

    /** Per-index work of one thread. */
    @FunctionalInterface
    interface IntConsumerX {
        void accept(int i);
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temp folder; the OS cleans up
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}

package org.newskg.pipeline;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;
import org.newskg.article.ArticleSources;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;
import org.newskg.store.GraphTarget;
import org.newskg.store.PersonJoins;
import org.newskg.store.Store;

/**
 * Ingests files and folders of articles into a store: reading and extraction run on all cores,
 * writes go through one writer, one transaction per article. Memory stays bounded: at most a few
 * articles per thread are in flight at any time.
 */
public final class Ingest {
    private final Pipeline pipeline;
    private final ArticleSources sources;
    private final int threads;

    private final String stdinFormat;
    private UnaryOperator<Article> marker = UnaryOperator.identity();

    public Ingest(Pipeline pipeline, ArticleSources sources, int threads) {
        this(pipeline, sources, threads, null);
    }

    /**
     * @param stdinFormat format of standard input when a path is {@code -} (see
     *                    {@link ArticleSources#readStdin}); null for plain text
     */
    public Ingest(Pipeline pipeline, ArticleSources sources, int threads, String stdinFormat) {
        this.pipeline = pipeline;
        this.sources = sources;
        this.threads = Math.max(1, threads);
        this.stdinFormat = stdinFormat;
    }

    /**
     * Applies {@code marker} to each article as it is read, in input order and on one thread,
     * before extraction (the story index marks copies of stories stored before with it).
     */
    public Ingest withMarker(UnaryOperator<Article> marker) {
        this.marker = marker;
        return this;
    }

    /** Progress callback: (articles done, articles read so far). */
    public interface Progress {
        void update(int done, int read, long triples);
    }

    public IngestSummary run(
            List<Path> paths,
            ArticleMeta defaults,
            GraphTarget store,
            ProblemReporter.Collecting problems,
            Progress progress) {
        long t0 = System.nanoTime();
        boolean stdin = paths.stream().anyMatch(p -> p.toString().equals(ArticleSources.STDIN));
        List<Path> files = sources.files(
                paths.stream()
                        .filter(p -> !p.toString().equals(ArticleSources.STDIN))
                        .toList(),
                problems);
        return run(
                (sink, stop) -> {
                    int next = 0;
                    boolean stdinDone = !stdin;
                    try {
                        if (stdin) {
                            sources.readStdin(stdinFormat, defaults, problems, sink);
                            stdinDone = true;
                        }
                        for (; next < files.size() && stop.get() == null; next++) {
                            sources.read(files.get(next), defaults, problems, sink);
                        }
                    } catch (OutOfMemoryError e) {
                        // the input is already named; the heap may be too fragmented to go on safely
                        stop.compareAndSet(
                                null, "out of memory while reading " + (stdinDone ? files.get(next) : "stdin"));
                        if (stdinDone) {
                            next++;
                        }
                    }
                    // every input is stored or named: those not reached are named with the reason
                    for (; next < files.size(); next++) {
                        problems.report(Problem.error(
                                files.get(next).toString(), "not read: ingest stopped (" + stop.get() + ")"));
                    }
                },
                files.size() + (stdin ? 1 : 0),
                t0,
                store,
                problems,
                progress);
    }

    /** Ingests articles already in memory (the benchmark's store stage): the same path without reading. */
    public IngestSummary run(
            List<Article> articles, GraphTarget store, ProblemReporter.Collecting problems, Progress progress) {
        return run(
                (sink, stop) -> articles.forEach(sink), articles.size(), System.nanoTime(), store, problems, progress);
    }

    /**
     * Where articles come from: calls the sink once per article, on the reader thread. Once
     * {@code stop} holds a reason (the store failed, memory ran out), it reads no more and names
     * each input it did not reach.
     */
    private interface Feed {
        void feed(java.util.function.Consumer<Article> sink, AtomicReference<String> stop);
    }

    private IngestSummary run(
            Feed feed, int inputs, long t0, GraphTarget store, ProblemReporter.Collecting problems, Progress progress) {
        BlockingQueue<Future<ProcessedArticle>> inFlight = new ArrayBlockingQueue<>(threads * 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        Counters n = new Counters();
        List<ProcessedArticle> batch = new java.util.ArrayList<>();
        Set<String> seen = new HashSet<>();
        AtomicReference<String> stop = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().name("newskg-read").daemon(true).start(() -> {
            try {
                feed.feed(
                        article -> {
                            if (stop.get() != null) {
                                problems.report(Problem.error(
                                        article.source(), "not stored: ingest stopped (" + stop.get() + ")"));
                            } else {
                                submit(marker.apply(article), pool, inFlight, problems);
                            }
                        },
                        stop);
            } catch (Throwable e) {
                // nothing may end the reader unreported: the summary would count inputs never named
                stop.compareAndSet(null, "reading failed: " + e);
                problems.report(Problem.error("ingest", "reading stopped: " + e));
            } finally {
                try {
                    inFlight.put(POISON);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        try {
            long batchStart = 0;
            while (true) {
                Future<ProcessedArticle> f;
                if (batch.isEmpty()) {
                    f = inFlight.take();
                    batchStart = System.nanoTime();
                } else {
                    long wait = MAX_BATCH_WAIT_NANOS - (System.nanoTime() - batchStart);
                    f = wait > 0 ? inFlight.poll(wait, TimeUnit.NANOSECONDS) : null;
                    if (f == null) {
                        write(store, batch, n, progress, problems, stop); // a slow feed is not held back
                        continue;
                    }
                }
                if (f == POISON) {
                    break;
                }
                n.read++;
                ProcessedArticle p;
                try {
                    p = f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    n.failed++;
                    problems.report(Problem.error(
                            String.valueOf(e.getCause() instanceof SourcedException se ? se.source : "?"),
                            "extraction failed: " + e.getCause()));
                    continue;
                }
                if (!p.valid()) {
                    n.failed++;
                    problems.report(Problem.error(
                            p.article().source(),
                            "graph does not conform to the SHACL shapes, " + "not stored: "
                                    + String.join(
                                            "; ",
                                            p.violations()
                                                    .subList(
                                                            0,
                                                            Math.min(
                                                                    3,
                                                                    p.violations()
                                                                            .size())))));
                    continue;
                }
                if (!seen.add(p.article().id())) {
                    n.unchanged++; // the same text twice in one batch
                    continue;
                }
                batch.add(p);
                if (batch.size() >= MAX_BATCH || System.nanoTime() - batchStart >= MAX_BATCH_WAIT_NANOS) {
                    write(store, batch, n, progress, problems, stop);
                }
            }
            write(store, batch, n, progress, problems, stop);
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (reader.isAlive()) {
                reader.interrupt();
            }
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long inputFailures = problems.problems().stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR)
                .count();
        int failed = (int) Math.max(n.failed, inputFailures);
        int joined = reduce(store, n, problems);
        return new IngestSummary(
                inputs,
                n.read,
                n.stored,
                n.replaced,
                n.unchanged,
                failed,
                n.triples,
                joined,
                (System.nanoTime() - t0) / 1_000_000,
                problems.problems());
    }

    /**
     * The cross-article reduce, once the run's articles are stored: a surname one article names
     * alone joins the person other articles name in full ({@link PersonJoins}). It reads the whole
     * store, so its outcome does not depend on how articles were split into runs; a run that changed
     * nothing has nothing to reduce. Only the local store: a remote one is a plain graph store.
     */
    private int reduce(GraphTarget target, Counters n, ProblemReporter problems) {
        if (!(target instanceof Store store) || n.storeFailure != null || n.stored + n.replaced == 0) {
            return 0;
        }
        try {
            return PersonJoins.reduce(store, pipeline.surnameJoins()).joined();
        } catch (RuntimeException e) {
            // the articles are stored; without the reduce a surname stays its own node
            problems.report(Problem.warning(store.describe(), "surnames not joined across articles: " + e));
            return 0;
        }
    }

    /** Articles written per transaction at most. */
    static final int MAX_BATCH = 512;
    /**
     * How long a batch may wait for more articles before it is written. Each TDB2 commit has a fixed
     * cost (journal, sync, copied B+tree paths); writing whenever the queue was momentarily empty
     * meant a commit per article or two when extraction is the bottleneck.
     */
    static final long MAX_BATCH_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(2000);

    /**
     * Writes a batch. When the store fails (a full disk), the batch's articles and every article
     * after them are named as not stored, and the reader is told to stop: what was committed before
     * stays, the summary says what that was.
     */
    private static void write(
            GraphTarget store,
            List<ProcessedArticle> batch,
            Counters n,
            Progress progress,
            ProblemReporter problems,
            AtomicReference<String> stop) {
        if (batch.isEmpty()) {
            return;
        }
        List<GraphTarget.Outcome> outcomes = null;
        if (n.storeFailure == null) { // after an out-of-memory stop, what was read is still stored
            List<GraphTarget.GraphWrite> writes = new java.util.ArrayList<>(batch.size());
            for (ProcessedArticle p : batch) {
                writes.add(new GraphTarget.GraphWrite(p.graph(), p.quads()));
            }
            try {
                outcomes = store.replaceGraphs(writes);
            } catch (RuntimeException | InternalError e) {
                // InternalError: a failed write to a memory-mapped file (the store translates what it can)
                n.storeFailure = "the store failed: " + (e.getMessage() == null ? e.toString() : e.getMessage());
                stop.compareAndSet(null, n.storeFailure);
                problems.report(Problem.error(store.describe(), n.storeFailure));
            }
        }
        if (outcomes == null) {
            for (ProcessedArticle p : batch) {
                n.failed++;
                problems.report(
                        Problem.error(p.article().source(), "not stored: ingest stopped (" + n.storeFailure + ")"));
            }
            batch.clear();
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            int size = batch.get(i).quads().size();
            switch (outcomes.get(i)) {
                case STORED -> {
                    n.stored++;
                    n.triples += size;
                }
                case REPLACED -> {
                    n.replaced++;
                    n.triples += size;
                }
                case UNCHANGED -> n.unchanged++;
            }
        }
        batch.clear();
        if (progress != null) {
            progress.update(n.stored + n.replaced + n.unchanged + n.failed, n.read, n.triples);
        }
    }

    private static final Future<ProcessedArticle> POISON = java.util.concurrent.CompletableFuture.completedFuture(null);

    private void submit(
            Article a,
            ExecutorService pool,
            BlockingQueue<Future<ProcessedArticle>> inFlight,
            ProblemReporter problems) {
        Future<ProcessedArticle> f = pool.submit(() -> {
            try {
                return pipeline.process(a);
            } catch (RuntimeException | Error e) {
                throw new SourcedException(a.source(), e); // name the article in the report
            }
        });
        try {
            inFlight.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An extraction failure that remembers which article it was. */
    static final class SourcedException extends RuntimeException {
        final String source;

        SourcedException(String source, Throwable cause) {
            super(cause.toString(), cause);
            this.source = source;
        }
    }

    private static final class Counters {
        int read;
        int stored;
        int replaced;
        int unchanged;
        int failed;
        long triples;
        /** Why the store refused a write; nothing more is written once it is set. */
        String storeFailure;
    }
}

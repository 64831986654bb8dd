package org.newskg.cli;

import org.newskg.article.Article;
import org.newskg.bench.Bench;
import org.newskg.bench.ChildRuns;
import org.newskg.bench.IngestChild;
import org.newskg.problem.ProblemReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark (figures, not a test): the same articles, read into memory first, through (1) OpenNLP "
                + "sentences+tokens+POS alone, (2) the full pipeline into an in-memory graph, (3) the full pipeline into a "
                + "fresh TDB2 store; then p50/p95 latency of the shipped non-federated queries on that store. "
                + "--e2e and --replicate add child-JVM runs. The last line is "
                + "'bench: articles=N floor=X/s full=Y/s store=Z/s full/floor=R heap=M MB'.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", description = "folder (or file) of articles, e.g. ../shared/corpus/bbc")
    Path corpus;

    @Option(names = "--limit", defaultValue = "0", description = "at most N articles (default: all)")
    int limit;

    @Option(names = "--threads", defaultValue = "0", description = "threads for every stage (default: all cores)")
    int threads;

    @Option(names = "--repeat", defaultValue = "1", description = "measured runs of each stage; the last line reports the median (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--warmup", defaultValue = "100", description = "articles through stages 1 and 2 before measuring (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--query-runs", defaultValue = "20", description = "timed runs of each query, after 3 warm-up runs (default: ${DEFAULT-VALUE})")
    int queryRuns;

    @Option(names = "--e2e", description = "also time `newskg ingest` of the whole corpus in a child JVM (JVM start included)")
    boolean e2e;

    @Option(names = "--e2e-heap", defaultValue = "2g", description = "-Xmx of the --e2e child (default: ${DEFAULT-VALUE}, as the launcher)")
    String e2eHeap;

    @Option(names = "--replicate", paramLabel = "K", defaultValue = "0",
            description = "also ingest the corpus K times (each copy with a marker line, so new ids) in a child JVM with "
                    + "--replicate-heap, and compare the heap of the first 1,000 articles with the rest")
    int replicate;

    @Option(names = "--replicate-heap", defaultValue = "1g", description = "-Xmx of the --replicate child (default: ${DEFAULT-VALUE})")
    String replicateHeap;

    @Option(names = "--ingest-child", hidden = true, paramLabel = "DB")
    Path ingestChild;

    @Option(names = "--first", hidden = true, defaultValue = "1000")
    int first;

    @Override
    public Integer call() throws Exception {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        if (ingestChild != null) {
            return IngestChild.run(ingestChild, n, first, System.out);
        }
        if (corpus == null || !Files.exists(corpus)) {
            System.err.println("newskg bench: --corpus DIR is required and must exist" + (corpus == null ? "" : ": " + corpus));
            return 2;
        }
        Bench.Summary s;
        try {
            s = new Bench(Bench.Config.defaults(corpus).withLimit(limit).withThreads(threads).withRepeat(repeat)
                    .withWarmup(warmup).withQueryRuns(3, queryRuns)).run(System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("newskg bench: " + e.getMessage());
            return 2;
        }
        if (e2e) {
            ChildRuns.EndToEnd r = ChildRuns.ingest(corpus, e2eHeap, n);
            System.out.printf(Locale.ROOT, "e2e: newskg ingest %s (-Xmx%s, %d threads): %.1f s end to end, JVM start "
                    + "included, exit %d; %s%n", corpus, e2eHeap, n, r.seconds(), r.exit(), r.summary());
        }
        if (replicate > 0) {
            List<Article> all = Bench.readCorpus(corpus, 0, ProblemReporter.collecting(p -> {}));
            ChildRuns.Replicated r = ChildRuns.replicate(all, replicate, replicateHeap, n, first, System.out);
            System.out.printf(Locale.ROOT, "replicate: K=%d, %d articles ingested into TDB2 with -Xmx%s in %.0f s "
                            + "(%.1f articles/s; 100,000 would take about %.0f min), exit %d%n", r.k(), r.articles(),
                    replicateHeap, r.seconds(), r.articlesPerSecond(), 100_000 / r.articlesPerSecond() / 60, r.exit());
            if (r.first() != null) {
                System.out.printf(Locale.ROOT, "replicate: heap first %d articles: peak %d MB (after GC max %d MB); "
                                + "articles %d-%d: peak %d MB (after GC max %d MB)%n", r.firstN(), r.first().usedMb(),
                        r.first().afterGcMb(), r.firstN() + 1, r.articles(), r.rest().usedMb(), r.rest().afterGcMb());
            }
        }
        System.out.println(s.line());
        return 0;
    }
}

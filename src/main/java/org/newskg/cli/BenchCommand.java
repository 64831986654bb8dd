package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.bench.Bench;
import org.newskg.bench.IngestChild;
import org.newskg.config.NewskgConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark (figures, not a test): the same articles, read into memory first, through (1) OpenNLP "
                + "sentences+tokens+POS alone, (2) the full pipeline into an in-memory graph, (3) the full pipeline into a "
                + "fresh TDB2 store; then p50/p95 latency of the shipped non-federated queries on that store. "
                + "--e2e and --replicate add child-JVM runs. The last line is "
                + "'bench: articles=N floor=X/s full=Y/s store=Z/s full/floor=R heap=M MB'.")
final class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description = "folder (or file) of articles, e.g. ../shared/corpus/bbc")
    Path corpus;

    @Option(names = "--limit", defaultValue = "0", description = "at most N articles (default: all)")
    int limit;

    @Option(
            names = "--threads",
            defaultValue = "" + NewskgConfig.DEFAULT_THREADS,
            description = "threads for every stage (default: all cores)")
    int threads;

    @Option(
            names = "--repeat",
            defaultValue = "" + Bench.Config.DEFAULT_REPEAT,
            description = "measured runs of each stage; the last line reports the median (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(
            names = "--warmup",
            paramLabel = "SECONDS",
            defaultValue = "" + Bench.Config.DEFAULT_WARMUP_SECONDS,
            description =
                    "seconds of untimed runs of the three stages before measuring; the JIT needs them (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(
            names = "--query-runs",
            defaultValue = "" + Bench.Config.DEFAULT_QUERY_RUNS,
            description = "timed runs of each query, after " + Bench.Config.DEFAULT_QUERY_WARMUP
                    + " warm-up runs (default: ${DEFAULT-VALUE})")
    int queryRuns;

    @Option(
            names = "--e2e",
            description = "also time `newskg ingest` of the whole corpus in a child JVM (JVM start included)")
    boolean e2e;

    @Option(
            names = "--e2e-heap",
            defaultValue = Bench.Config.DEFAULT_E2E_HEAP,
            description = "-Xmx of the --e2e child (default: ${DEFAULT-VALUE}, as the launcher)")
    String e2eHeap;

    @Option(
            names = "--replicate",
            paramLabel = "K",
            defaultValue = "0",
            description =
                    "also ingest the corpus K times (each copy with a marker line, so new ids) in a child JVM with "
                            + "--replicate-heap, and compare the heap of the first 1,000 articles with the rest")
    int replicate;

    @Option(
            names = "--replicate-heap",
            defaultValue = Bench.Config.DEFAULT_REPLICATE_HEAP,
            description = "-Xmx of the --replicate child (default: ${DEFAULT-VALUE})")
    String replicateHeap;

    @Option(
            names = "--jfr",
            paramLabel = "FILE.jfr",
            description = "instead of benchmarking, summarise a JFR recording: share of samples per stage, top methods")
    Path jfr;

    @Option(names = "--ingest-child", hidden = true, paramLabel = "DB")
    Path ingestChild;

    @Option(names = "--first", hidden = true, defaultValue = "" + Bench.Config.DEFAULT_REPLICATE_FIRST)
    int first;

    @Override
    public Integer call() throws Exception {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        if (ingestChild != null) {
            return IngestChild.run(ingestChild, n, first, System.out);
        }
        if (jfr != null) {
            org.newskg.bench.JfrProfile.print(jfr, 25, System.out);
            return 0;
        }
        if (corpus == null || !Files.exists(corpus)) {
            System.err.println(
                    "newskg bench: --corpus DIR is required and must exist" + (corpus == null ? "" : ": " + corpus));
            return 2;
        }
        Bench.Config config = Bench.Config.defaults(corpus)
                .withLimit(limit)
                .withThreads(threads)
                .withRepeat(repeat)
                .withWarmup(warmup)
                .withQueryRuns(Bench.Config.DEFAULT_QUERY_WARMUP, queryRuns)
                .withReplicate(replicate, replicateHeap, first);
        if (e2e) {
            config = config.withEndToEnd(e2eHeap);
        }
        try {
            new Bench(config).run(System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("newskg bench: " + e.getMessage());
            return 2;
        }
        return 0;
    }
}

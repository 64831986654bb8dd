package org.newskg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.article.ArticleSources;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * The pipeline of `newskg ingest` as a Spark job: articles from any Hadoop file system in,
 * gzip N-Quads shards out (one named graph per article), for `newskg load`.
 *
 * <pre>
 * spark-submit --class org.newskg.spark.ExtractJob newskg-spark.jar --input PATH... --output DIR
 * </pre>
 *
 * <p>Output folder: {@code part-NNNNN.nq.gz} shards; {@code _problems/} (one line per problem, as
 * ingest prints them); {@code _summary} (the counts); {@code _SUCCESS} last, once all of it is
 * written. Run without a Spark master set (plain {@code java}), it runs in local mode on all cores.
 *
 * <p>Extraction is per article and its IRIs are deterministic (content-hash graph names, name-key or
 * QID entity IRIs), so persons, places and meetings met in several articles are the same nodes
 * without any coordination. The one thing ingest decides across articles, which of two articles of
 * the same text is stored, is the job's one shuffle: a reduce by graph name keeping the copy first
 * in input order ({@link ArticleResult#first}).
 */
@Command(
        name = "ExtractJob",
        mixinStandardHelpOptions = true,
        description =
                "Reads articles (files, folders, globs on any Hadoop file system) and writes their graphs as gzip "
                        + "N-Quads shards for `newskg load`. Exit status: 0 all read, 1 some inputs failed (listed in "
                        + "_problems), 2 usage error.")
public final class ExtractJob implements Callable<Integer> {

    @Option(
            names = "--input",
            required = true,
            arity = "1..*",
            paramLabel = "PATH",
            description = "files, folders (searched recursively) or globs: file:, hdfs:, s3a: (with hadoop-aws), ...")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "output folder; must not exist")
    String output;

    @Option(
            names = "--format",
            defaultValue = "auto",
            paramLabel = "FORMAT",
            description = "auto (default: by file name, as ingest), txt, html, json, jsonl or warc for every file")
    String format;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description = "publication date (yyyy-MM-dd) for articles that state none")
    String published;

    @Option(names = "--no-link", description = "do not link entities to Wikidata")
    boolean noLink;

    @Option(
            names = "--shards",
            defaultValue = "0",
            paramLabel = "N",
            description = "output shards (default: Spark's default parallelism)")
    int shards;

    @Override
    public Integer call() {
        if (published != null) {
            try {
                LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                System.err.println("ExtractJob: --published must be a date like 2025-02-21, not '" + published + "'");
                return 2;
            }
        }
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("auto", "txt", "text", "html", "json", "jsonl", "warc").contains(f)) {
            System.err.println(
                    "ExtractJob: --format must be auto, txt, html, json, jsonl or warc, not '" + format + "'");
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("newskg-extract");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]"); // run by plain java: the local runner
        }
        JobOptions options =
                new JobOptions(f.equals("auto") ? null : f, published, !noLink, ArticleSources.DEFAULT_MAX_BYTES);
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JobSummary s = run(sc, inputs, output, options, shards);
            System.out.println(s.describe());
            System.out.println("output: " + output);
            return s.failed() > 0 ? 1 : 0;
        } catch (OutputExistsException e) {
            System.err.println("ExtractJob: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("ExtractJob: " + e);
            return 1;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractJob()).execute(args));
    }

    /** The output folder is there already: Spark does not overwrite, and neither do we. */
    static final class OutputExistsException extends IOException {
        OutputExistsException(String message) {
            super(message);
        }
    }

    /** Runs the job on {@code sc}; the entry point for tests and for embedding. */
    static JobSummary run(JavaSparkContext sc, List<String> inputs, String output, JobOptions options, int shards)
            throws IOException {
        long t0 = System.nanoTime();
        Configuration hadoop = sc.hadoopConfiguration();
        // _SUCCESS is written last by the job itself, after the problems and summary, not by the first save
        hadoop.set("mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(hadoop);
        if (fs.exists(out)) {
            throw new OutputExistsException(output + " exists; give a new output folder");
        }
        List<String> listing = new ArrayList<>();
        long[] listingErrors = {0, 0};
        ProblemReporter listed = p -> {
            listing.add(p.toString());
            listingErrors[p.severity() == Problem.Severity.ERROR ? 0 : 1]++;
            System.err.println(p);
        };
        List<InputFile> files = InputListing.list(
                inputs, options.format(), ArticleSources.defaults(options.maxFileSize()), hadoop, listed);
        int slices = Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
        int parts = shards > 0 ? shards : sc.defaultParallelism();

        JavaPairRDD<String, ArticleResult> merged = sc.parallelize(files, slices)
                .mapPartitions(new ExtractTask(options, hadoop))
                .mapToPair(r -> new Tuple2<>(r.key(), r))
                .reduceByKey(ArticleResult::first, parts);
        // three actions read the shuffle's output; the extraction before it runs once (Spark keeps
        // and reuses a shuffle's map output)
        JavaRDD<ArticleResult> results = merged.values();
        results.filter(r -> r.kind() == ArticleResult.Kind.GRAPH)
                .map(ArticleResult::text)
                .saveAsTextFile(output, GzipCodec.class);
        JavaRDD<String> problems = sc.parallelize(listing, 1)
                .union(results.filter(r -> r.kind() != ArticleResult.Kind.GRAPH)
                        .sortBy(r -> ((long) r.file() << 32) | r.record(), true, 1)
                        .map(ArticleResult::text));
        problems.saveAsTextFile(output + "/_problems");
        JobSummary counted = results.map(JobSummary::of).fold(JobSummary.ZERO, JobSummary::plus);
        JobSummary s = new JobSummary(
                files.size(),
                counted.stored(),
                counted.duplicates(),
                counted.failedArticles(),
                counted.errors() + listingErrors[0],
                counted.warnings() + listingErrors[1],
                counted.quads(),
                (System.nanoTime() - t0) / 1_000_000);
        nameShards(fs, out);
        write(fs, new Path(out, "_summary"), s.describe() + "\n");
        write(fs, new Path(out, "_SUCCESS"), "");
        return s;
    }

    /**
     * part-NNNNN.gz to part-NNNNN.nq.gz: the name tells Jena's tools (riot, tdb2.tdbloader) and
     * people what is inside.
     */
    private static void nameShards(FileSystem fs, Path out) throws IOException {
        for (FileStatus st : fs.listStatus(out)) {
            String n = st.getPath().getName();
            if (n.startsWith("part-") && n.endsWith(".gz") && !n.endsWith(".nq.gz")) {
                Path to = new Path(out, n.substring(0, n.length() - 3) + ".nq.gz");
                if (!fs.rename(st.getPath(), to)) {
                    throw new IOException("cannot rename " + st.getPath() + " to " + to);
                }
            }
        }
    }

    private static void write(FileSystem fs, Path file, String text) throws IOException {
        try (OutputStream o = fs.create(file, false)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}

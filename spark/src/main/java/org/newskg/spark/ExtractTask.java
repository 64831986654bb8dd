package org.newskg.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;
import org.newskg.article.ArticleSources;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.ProcessedArticle;
import org.newskg.problem.Problem;

/**
 * The work of one partition, on an executor: reads its inputs with the core's readers, runs the
 * pipeline on each article and gives one {@link ArticleResult} per article and per problem.
 *
 * <p>The readers push articles into a sink, Spark pulls from an iterator; a producer thread per
 * partition bridges the two through a small queue, so a large JSON Lines or WARC input streams
 * through in bounded memory instead of being held whole.
 */
final class ExtractTask implements FlatMapFunction<Iterator<InputFile>, ArticleResult> {
    private static final long serialVersionUID = 1L;

    private final JobOptions options;
    private final SerializableConf conf;

    ExtractTask(JobOptions options, Configuration conf) {
        this.options = options;
        this.conf = new SerializableConf(conf);
    }

    @Override
    public Iterator<ArticleResult> call(Iterator<InputFile> files) {
        Pipeline pipeline = ExecutorPipeline.get(options.link());
        ArticleSources sources = ArticleSources.defaults(options.maxFileSize());
        Bridge out = new Bridge();
        Thread producer = Thread.ofPlatform()
                .name("newskg-spark-extract")
                .daemon(true)
                .start(() -> {
                    try {
                        while (files.hasNext()) {
                            read(files.next(), pipeline, sources, out);
                        }
                        out.end(null);
                    } catch (Throwable e) {
                        out.end(e); // the task fails and Spark retries it: nothing is lost silently
                    }
                });
        out.producer = producer;
        // a task that ends early (killed, or a later stage failed) stops reading; the thread would
        // otherwise wait on the full queue for good, holding its articles
        org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> producer.interrupt());
        }
        return out;
    }

    /** One input: its articles through the pipeline, its problems as reported. */
    private void read(InputFile f, Pipeline pipeline, ArticleSources sources, Bridge out) throws IOException {
        int[] record = {0};
        Path path = new Path(f.path());
        FileSystem fs = path.getFileSystem(conf.get());
        org.newskg.problem.ProblemReporter problems = p -> out.put(
                ArticleResult.problem(f.order(), record[0]++, p.toString(), p.severity() == Problem.Severity.ERROR));
        ArticleMeta defaults = ArticleMeta.of(null).withPublished(options.published());
        if (f.sidecar() != null) {
            try (InputStream in = fs.open(new Path(f.sidecar()))) {
                ArticleMeta side = ArticleSources.sidecar(f.sidecar(), in, options.maxFileSize(), problems);
                if (side != null) {
                    defaults = side.orElse(defaults);
                }
            } catch (IOException e) {
                problems.report(Problem.error(f.sidecar(), "sidecar unreadable, ignored: " + e));
            }
        }
        sources.read(f.path(), options.format(), f.size(), () -> fs.open(path), defaults, problems, article -> {
            out.put(process(article, f.order(), record[0]++, pipeline));
        });
    }

    /** The same outcomes, and the same reasons, as `newskg ingest` gives an article. */
    static ArticleResult process(Article article, int file, int record, Pipeline pipeline) {
        ProcessedArticle p;
        try {
            p = pipeline.process(article);
        } catch (RuntimeException | StackOverflowError e) {
            return ArticleResult.failed(
                    file,
                    record,
                    Problem.error(article.source(), "extraction failed: " + e).toString());
        }
        if (!p.valid()) {
            List<String> v = p.violations();
            return ArticleResult.failed(
                    file,
                    record,
                    Problem.error(
                                    article.source(),
                                    "graph does not conform to the SHACL shapes, not stored: "
                                            + String.join("; ", v.subList(0, Math.min(3, v.size()))))
                            .toString());
        }
        return ArticleResult.graph(
                article.id(), file, record, nquads(p.quads()), p.quads().size());
    }

    /** The quads as N-Quads lines, without the last line's end (the text output adds it). */
    static String nquads(List<Quad> quads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(quads.size() * 160);
        StreamRDF w = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        w.start();
        quads.forEach(w::quad);
        w.finish();
        String s = bytes.toString(StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** The queue between the producer thread and Spark's iterator. */
    private static final class Bridge implements Iterator<ArticleResult> {
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
        private volatile Thread producer;
        private Object next;

        void put(ArticleResult r) {
            try {
                queue.put(r);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the task was stopped", e);
            }
        }

        void end(Throwable failure) {
            try {
                queue.put(failure == null ? END : failure);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    // Spark cancels the task: stop the producer with it
                    Thread p = producer;
                    if (p != null) {
                        p.interrupt();
                    }
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("the task was stopped", e);
                }
            }
            if (next instanceof Throwable t) {
                if (t instanceof IOException io) {
                    throw new UncheckedIOException(io);
                }
                throw t instanceof RuntimeException re ? re : new IllegalStateException(t.toString(), t);
            }
            return next != END;
        }

        @Override
        public ArticleResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ArticleResult r = (ArticleResult) next;
            next = null;
            return r;
        }
    }
}

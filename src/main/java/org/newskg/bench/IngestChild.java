package org.newskg.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.newskg.article.ArticleMeta;
import org.newskg.article.ArticleSources;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Ingest;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.Pipeline;
import org.newskg.problem.ProblemReporter;
import org.newskg.store.Store;

/**
 * The child side of {@link ChildRuns#replicate}: {@code Ingest} of JSON Lines from standard input
 * into a TDB2 store (the code path of {@code newskg ingest - --stdin-format jsonl}), printing the
 * heap peak of the first {@code firstN} articles and then of every following window of
 * {@code 5 * firstN}, so a growing heap would show.
 */
public final class IngestChild {
    private IngestChild() {}

    public static int run(Path db, int threads, int firstN, PrintStream out) {
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> {});
        Pipeline pipeline = new Pipeline(Components.load(true));
        try (Store store = Store.open(db);
                HeapSampler heap = HeapSampler.start()) {
            store.ensureOntology();
            heap.window();
            int[] next = {firstN};
            int[] last = {0};
            Ingest.Progress progress = (done, read, triples) -> {
                last[0] = done;
                if (done >= next[0]) {
                    print(out, done, heap.window(), heap.liveMb(), false);
                    next[0] = done + 5 * firstN;
                }
            };
            IngestSummary s = new Ingest(pipeline, ArticleSources.defaults(), threads, "jsonl")
                    .run(List.of(Path.of(ArticleSources.STDIN)), ArticleMeta.of(null), store, problems, progress);
            print(out, last[0], heap.window(), heap.liveMb(), true);
            out.println(s.describe());
            return s.failed() > 0 ? 1 : 0;
        }
    }

    private static void print(PrintStream out, int done, HeapSampler.Peak p, long liveMb, boolean last) {
        out.printf(
                "bench-child: articles=%d peak=%d afterGc=%d gcs=%d live=%d%s%n",
                done, p.usedMb(), p.afterGcMb(), p.collections(), liveMb, last ? " final" : "");
        out.flush();
    }
}

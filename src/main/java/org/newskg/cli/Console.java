package org.newskg.cli;

import java.io.PrintStream;
import org.newskg.pipeline.Ingest;
import org.newskg.problem.Problem;

/** Console output shared by the commands: problems as they happen, throttled progress. */
final class Console {
    private Console() {}

    static void problem(PrintStream err, Problem p) {
        err.println(p);
    }

    /** A progress line at most every two seconds, on stderr so that stdout stays clean. */
    static Ingest.Progress progress(PrintStream err) {
        long[] last = {System.nanoTime()};
        long start = System.nanoTime();
        return (done, read, triples) -> {
            long now = System.nanoTime();
            if (now - last[0] > 2_000_000_000L) {
                last[0] = now;
                double s = (now - start) / 1e9;
                err.printf("... %d articles done (%.0f/s), %d triples%n", done, done / s, triples);
            }
        };
    }
}

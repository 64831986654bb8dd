package org.newskg.pipeline;

import java.util.List;
import org.newskg.problem.Problem;

/** What an ingest run did. {@code failed} counts inputs and articles that could not be stored. */
public record IngestSummary(
        int files,
        int read,
        int stored,
        int replaced,
        int unchanged,
        int failed,
        long triplesWritten,
        int surnamesJoined,
        long millis,
        List<Problem> problems) {
    public IngestSummary {
        problems = List.copyOf(problems);
    }

    public String describe() {
        return String.format(
                "ingest: %d files, %d articles read, %d stored, %d replaced, %d unchanged, %d failed; "
                        + "%d triples written in %.1f s%s",
                files,
                read,
                stored,
                replaced,
                unchanged,
                failed,
                triplesWritten,
                millis / 1000.0,
                surnamesJoined == 0
                        ? ""
                        : "; " + surnamesJoined + " surname" + (surnamesJoined == 1 ? "" : "s")
                                + " joined to a person named in full in other articles");
    }
}

package org.newskg.spark;

import java.io.Serializable;
import java.util.Locale;

/**
 * What the job did, counted over the merged results: the same quantities `newskg ingest` prints.
 * Articles of the same text as one read before are {@code duplicates} (ingest counts them as
 * unchanged); {@code failed} counts inputs and articles that gave no graph, as ingest does.
 */
record JobSummary(
        int files,
        long stored,
        long duplicates,
        long failedArticles,
        long errors,
        long warnings,
        long quads,
        long millis)
        implements Serializable {

    long read() {
        return stored + duplicates + failedArticles;
    }

    long failed() {
        return Math.max(failedArticles, errors);
    }

    String describe() {
        double s = millis / 1000.0;
        return String.format(
                Locale.ROOT,
                "extract: %d files, %d articles read, %d stored, %d duplicates, %d failed; %d quads written in %.1f s "
                        + "(%.1f articles/s)",
                files,
                read(),
                stored,
                duplicates,
                failed(),
                quads,
                s,
                s > 0 ? read() / s : 0);
    }

    /** Counts of one result, to be added up. */
    static JobSummary of(ArticleResult r) {
        return switch (r.kind()) {
            case GRAPH -> new JobSummary(0, 1, r.copies() - 1, 0, 0, 0, r.quads(), 0);
            case FAILED -> new JobSummary(0, 0, 0, 1, 1, 0, 0, 0);
            case PROBLEM -> new JobSummary(0, 0, 0, 0, r.error() ? 1 : 0, r.error() ? 0 : 1, 0, 0);
        };
    }

    static final JobSummary ZERO = new JobSummary(0, 0, 0, 0, 0, 0, 0, 0);

    JobSummary plus(JobSummary o) {
        return new JobSummary(
                files + o.files,
                stored + o.stored,
                duplicates + o.duplicates,
                failedArticles + o.failedArticles,
                errors + o.errors,
                warnings + o.warnings,
                quads + o.quads,
                millis + o.millis);
    }
}

package org.newskg.watch;

/**
 * What one round did. Items: {@code newItems} first seen now, {@code retried} failed before and
 * tried again, {@code seen} dealt with in an earlier round; {@code failed} and {@code skipped}
 * (not English) count the new and retried ones that gave no article. Articles: what the ingest
 * made of the pages read, and how many were copies of a story stored before.
 */
public record RoundSummary(
        int feedsRead,
        int feedsUnchanged,
        int feedsFailed,
        int newItems,
        int retried,
        int seen,
        int failed,
        int skipped,
        int stored,
        int replaced,
        int unchanged,
        int copies,
        long triples,
        long millis) {

    public String describe() {
        return String.format(
                java.util.Locale.ROOT,
                "feeds: %d read, %d unchanged (304), %d failed; items: %d new, %d retried, %d seen before, "
                        + "%d failed, %d skipped; articles: %d stored, %d replaced, %d unchanged; copies of an earlier "
                        + "story: %d; %d triples in %.1f s",
                feedsRead,
                feedsUnchanged,
                feedsFailed,
                newItems,
                retried,
                seen,
                failed,
                skipped,
                stored,
                replaced,
                unchanged,
                copies,
                triples,
                millis / 1000.0);
    }

    /** Pages fetched this round: new and retried items. */
    public int fetched() {
        return newItems + retried;
    }
}

package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The job's one reduce: of two articles of the same text, the one first in input order stays. */
class ArticleResultTest {

    @Test
    void theFirstInInputOrderIsKeptWhateverTheOrderOfMerging() {
        ArticleResult early = ArticleResult.graph("abc", 1, 5, "<early>", 10);
        ArticleResult sameFileLater = ArticleResult.graph("abc", 1, 9, "<later record>", 10);
        ArticleResult laterFile = ArticleResult.graph("abc", 2, 0, "<later file>", 10);

        ArticleResult a = ArticleResult.first(ArticleResult.first(laterFile, sameFileLater), early);
        ArticleResult b = ArticleResult.first(early, ArticleResult.first(sameFileLater, laterFile));

        assertEquals("<early>", a.text());
        assertEquals(a, b);
        assertEquals(3, a.copies());
    }

    @Test
    void theSummaryCountsLikeIngest() {
        JobSummary s = JobSummary.of(ArticleResult.first(
                        ArticleResult.graph("abc", 0, 0, "q", 7), ArticleResult.graph("abc", 1, 0, "q", 7)))
                .plus(JobSummary.of(ArticleResult.failed(2, 0, "error: x: extraction failed")))
                .plus(JobSummary.of(ArticleResult.problem(3, 0, "warning: y: odd", false)))
                .plus(JobSummary.of(ArticleResult.problem(4, 0, "error: z: empty file", true)));
        assertEquals(1, s.stored());
        assertEquals(1, s.duplicates());
        assertEquals(3, s.read());
        assertEquals(2, s.failed());
        assertEquals(7, s.quads());
        assertEquals(1, s.warnings());
    }
}

package org.newskg.spark;

import java.io.Serializable;

/**
 * What the job made of one article, or one problem with an input: the records that go through
 * the job's one shuffle, keyed by {@link #key()}.
 *
 * @param file   the input's place in input order ({@link InputFile#order()})
 * @param record the article's or problem's place within its input (JSON Lines and WARC hold many)
 * @param text   the article's graph as N-Quads lines, or the problem as one report line
 * @param quads  the number of quads in {@code text}; 0 for a problem
 * @param copies articles of the same text merged into this one (1 for a single article)
 */
record ArticleResult(Kind kind, String key, int file, int record, String text, long quads, int copies, boolean error)
        implements Serializable {

    enum Kind {
        /** an article's named graph, keyed by the article id (the content hash) */
        GRAPH,
        /** an article read but not made into a graph (extraction failed, or the shapes refused it) */
        FAILED,
        /** a problem with an input as the readers report it; {@code error} false for a warning */
        PROBLEM
    }

    static ArticleResult graph(String articleId, int file, int record, String nquads, long quads) {
        return new ArticleResult(Kind.GRAPH, "g " + articleId, file, record, nquads, quads, 1, false);
    }

    static ArticleResult problem(int file, int record, String line, boolean error) {
        return new ArticleResult(Kind.PROBLEM, "p " + file + " " + record, file, record, line, 0, 1, error);
    }

    static ArticleResult failed(int file, int record, String line) {
        return new ArticleResult(Kind.FAILED, "p " + file + " " + record, file, record, line, 0, 1, true);
    }

    /** Whether this comes before {@code o} in input order. */
    boolean before(ArticleResult o) {
        return file != o.file ? file < o.file : record < o.record;
    }

    /**
     * Two articles of the same text (the same graph name): `newskg ingest` stores the first it reads
     * and counts the others as unchanged, so the job keeps the one first in input order. The graphs
     * differ only in {@code nk:sourceFile}, so which one is kept must not depend on which task ran
     * first.
     */
    static ArticleResult first(ArticleResult a, ArticleResult b) {
        ArticleResult keep = a.before(b) ? a : b;
        return new ArticleResult(
                keep.kind, keep.key, keep.file, keep.record, keep.text, keep.quads, a.copies + b.copies, keep.error);
    }
}

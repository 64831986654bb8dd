package org.newskg.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.newskg.problem.ProblemReporter;

/**
 * Reads articles of one format. One interface, one class per format (OpenNLP's habit).
 * A reader reports bad content to the {@link ProblemReporter} and goes on with what it can read;
 * it throws only when the stream itself fails.
 */
public interface ArticleReader {

    /** Whether this reader handles a file of this name (by extension). */
    boolean accepts(String fileName);

    /**
     * Whether this reader streams its input rather than reading it whole into memory; the size
     * limit of {@link ArticleSources} does not apply to such readers (WARC, JSON Lines).
     */
    default boolean streaming() {
        return false;
    }

    /**
     * @param source   name of the input, for reports and provenance
     * @param defaults metadata that applies to every article of this input (sidecar, options);
     *                 what the input itself states wins
     */
    void read(String source, InputStream in, ArticleMeta defaults, ProblemReporter problems, Consumer<Article> sink)
            throws IOException;
}

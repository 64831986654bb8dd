package org.newskg.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;

/** Plain-text articles: one per file, the headline on the first line. */
public final class PlainTextReader implements ArticleReader {

    @Override
    public boolean accepts(String fileName) {
        String f = fileName.toLowerCase(java.util.Locale.ROOT);
        return f.endsWith(".txt") || f.endsWith(".text") || !f.contains(".");
    }

    @Override
    public void read(
            String source, InputStream in, ArticleMeta defaults, ProblemReporter problems, Consumer<Article> sink)
            throws IOException {
        String decoded = TextDecoder.readText(source, in, problems);
        if (decoded == null) {
            return;
        }
        String text = decoded.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            problems.report(Problem.error(source, "empty file: no article text"));
            return;
        }
        String headline = text.strip().lines().findFirst().orElse("").strip();
        ArticleMeta meta = ArticleMeta.of("text").withTitle(headline).orElse(defaults);
        sink.accept(Article.of(source, text, meta));
    }
}

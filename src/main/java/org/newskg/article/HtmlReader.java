package org.newskg.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;

/**
 * News pages saved as HTML: one article per file. The text is the story's paragraphs separated by
 * blank lines (no headline line; the headline is {@link ArticleMeta#title()}), format "html".
 * See {@link HtmlExtractor} for where each metadata field comes from.
 */
public final class HtmlReader implements ArticleReader {

    @Override
    public boolean accepts(String fileName) {
        String f = fileName.toLowerCase(Locale.ROOT);
        return f.endsWith(".html") || f.endsWith(".htm") || f.endsWith(".xhtml");
    }

    @Override
    public void read(
            String source, InputStream in, ArticleMeta defaults, ProblemReporter problems, Consumer<Article> sink)
            throws IOException {
        readPage(source, in.readAllBytes(), null, null, null, defaults, problems, sink);
    }

    /**
     * One page's bytes to an article (shared with {@link WarcReader} and the feed watcher).
     *
     * @param charset   charset named by the transport (HTTP header), or null
     * @param baseUri   the page's address, for relative links, or null
     * @param overrides metadata that wins over what the page states (e.g. the archived URL), or null
     * @param defaults  metadata used where the page states nothing, or null
     * @return whether an article was emitted
     */
    public static boolean readPage(
            String source,
            byte[] bytes,
            String charset,
            String baseUri,
            ArticleMeta overrides,
            ArticleMeta defaults,
            ProblemReporter problems,
            Consumer<Article> sink) {
        if (isBlank(bytes)) {
            problems.report(Problem.error(source, "empty file: no article text"));
            return false;
        }
        Document doc;
        try {
            doc = HtmlExtractor.parse(bytes, charset, baseUri);
        } catch (TextDecoder.NotTextException e) {
            problems.report(Problem.error(source, e.getMessage()));
            return false;
        }
        HtmlExtractor.Page page = HtmlExtractor.extract(doc);
        if (page.paragraphs().isEmpty()) {
            problems.report(Problem.error(source, "no article text found in the page"));
            return false;
        }
        ArticleMeta meta = page.meta();
        if (overrides == null || overrides.url() == null) { // an archived page's own URL is not used
            JsonFields.warnIfDropped(page.url(), source, 0, problems);
        }
        if (overrides != null) {
            meta = overrides.orElse(meta);
        }
        if (defaults != null) {
            meta = meta.orElse(defaults);
        }
        sink.accept(Article.of(source, page.text(), meta));
        return true;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if ((b & 0xFF) > ' ') {
                return false;
            }
        }
        return true;
    }
}

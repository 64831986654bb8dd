package org.newskg.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;
import org.newskg.article.HtmlReader;
import org.newskg.feed.FeedItem;
import org.newskg.fetch.FetchResult;
import org.newskg.fetch.Fetcher;
import org.newskg.fetch.Validators;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;

/**
 * One item's page to an article: fetched, read by the HTML reader (as an .html file would be),
 * with what the feed says filling what the page does not, and kept only when it is in English.
 */
final class PageReader {
    private PageReader() {}

    /** An article, or why there is none. */
    record Result(Article article, String reason, boolean retryable, boolean skipped) {
        static Result failed(String reason, boolean retryable) {
            return new Result(null, reason, retryable, false);
        }
    }

    static Result read(Fetcher fetcher, FeedItem item, ProblemReporter problems) {
        FetchResult r = fetcher.get(item.url(), Fetcher.Expect.PAGE, Validators.NONE);
        if (r instanceof FetchResult.Failed f) {
            return Result.failed(f.reason(), f.retryable());
        }
        if (!(r instanceof FetchResult.Fetched page)) {
            return Result.failed("the server answered 304 to a request that asked for the page", true);
        }
        ArticleMeta fromFeed = new ArticleMeta(
                item.title(),
                item.published(),
                item.outlet(),
                page.finalUrl(),
                item.authors(),
                "html",
                item.language() != null ? item.language() : page.contentLanguage(),
                null);
        List<Article> out = new ArrayList<>(1);
        List<Problem> pageProblems = new ArrayList<>();
        HtmlReader.readPage(
                item.url(), page.body(), page.charset(), page.finalUrl(), null, fromFeed, pageProblems::add, out::add);
        for (Problem p : pageProblems) {
            if (p.severity() == Problem.Severity.WARNING) {
                problems.report(p);
            }
        }
        if (out.isEmpty()) {
            String why = pageProblems.stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR)
                    .map(Problem::reason)
                    .findFirst()
                    .orElse("no article in the page");
            return Result.failed(why, false);
        }
        Article a = out.get(0);
        ArticleMeta meta = a.meta().withPublished(precise(a.meta().published(), item.published()));
        if (!Watcher.isEnglish(meta.language())) {
            return new Result(null, "not in English (language '" + meta.language() + "'); skipped", false, true);
        }
        return new Result(new Article(pageId(a.text(), meta.outlet()), a.source(), a.text(), meta), null, false, false);
    }

    /**
     * A fetched page's article id: the hash of its outlet and its text. Wire copy is often run word
     * for word, and the text alone would make every outlet's copy one article, keeping only the
     * first outlet; the same outlet's page under two addresses is still one article.
     */
    static String pageId(String text, String outlet) {
        if (outlet == null || outlet.isBlank()) {
            return Article.contentId(text);
        }
        return Article.contentId(outlet.strip().toLowerCase(Locale.ROOT) + "\n\n" + text);
    }

    /**
     * The page's date, or the feed's when the feed says the same day to the minute: pages often
     * state a date only, and the time is what orders two copies of one story.
     */
    static String precise(String page, String feed) {
        if (page == null) {
            return feed;
        }
        if (feed != null
                && page.length() == 10
                && feed.length() > 10
                && feed.substring(0, 10).equals(page.substring(0, 10).toLowerCase(Locale.ROOT))) {
            return feed;
        }
        return page;
    }
}

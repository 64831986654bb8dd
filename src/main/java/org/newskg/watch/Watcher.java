package org.newskg.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newskg.article.Article;
import org.newskg.article.ArticleSources;
import org.newskg.feed.Feed;
import org.newskg.feed.FeedItem;
import org.newskg.feed.FeedParser;
import org.newskg.fetch.FetchResult;
import org.newskg.fetch.Fetcher;
import org.newskg.pipeline.Ingest;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.Pipeline;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;
import org.newskg.store.GraphTarget;

/**
 * Follows feeds: a round reads each feed (conditionally), fetches the pages of items not dealt
 * with before, reads them with the HTML reader, marks copies of stories already stored, and
 * stores the articles through the same {@link Ingest} as {@code newskg ingest}. Each bad feed or
 * item is reported with its reason and the round goes on. What was dealt with is remembered in
 * {@value #STATE_FILE} and the story index in {@value #STORY_FILE}, both beside the store, so a
 * restart fetches nothing twice.
 *
 * <pre>{@code
 * Watcher w = Watcher.open(fetcher, pipeline, 2, storeDir);
 * RoundSummary s = w.round(List.of("https://news.example/rss.xml"), store, problems, System.err::println);
 * }</pre>
 */
public final class Watcher {
    public static final String STATE_FILE = "watch-state.json";
    public static final String STORY_FILE = "stories.txt";
    /** Sitemaps of one sitemap index read per round at most: an index of a decade of archives is not news. */
    static final int MAX_SITEMAPS_PER_INDEX = 20;

    private final Fetcher fetcher;
    private final Pipeline pipeline;
    private final int threads;
    private final Path stateFile;
    private final WatchState state;
    private final StoryMarks stories;
    private final Clock clock;

    private Watcher(
            Fetcher fetcher,
            Pipeline pipeline,
            int threads,
            Path stateFile,
            WatchState state,
            StoryMarks stories,
            Clock clock) {
        this.fetcher = fetcher;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.stateFile = stateFile;
        this.state = state;
        this.stories = stories;
        this.clock = clock;
    }

    /**
     * A watcher whose state lives in {@code dir} (the store folder); null for a watcher that
     * remembers nothing between runs (a remote store, which has no folder here).
     */
    public static Watcher open(Fetcher fetcher, Pipeline pipeline, int threads, Path dir) throws IOException {
        if (dir == null) {
            return new Watcher(
                    fetcher, pipeline, threads, null, new WatchState(), StoryMarks.open(null), Clock.systemUTC());
        }
        Path stateFile = dir.resolve(STATE_FILE);
        return new Watcher(
                fetcher,
                pipeline,
                threads,
                stateFile,
                WatchState.load(stateFile),
                StoryMarks.open(dir),
                Clock.systemUTC());
    }

    WatchState state() {
        return state;
    }

    /** One round over {@code feeds}. */
    public RoundSummary round(
            List<String> feeds, GraphTarget store, ProblemReporter problems, Consumer<String> progress)
            throws IOException {
        long t0 = System.nanoTime();
        Instant now = clock.instant();
        Counts c = new Counts();
        Map<String, FeedItem> toFetch = new LinkedHashMap<>();
        List<String> queue = new ArrayList<>(feeds);
        Set<String> queued = new HashSet<>(feeds);
        for (int i = 0; i < queue.size(); i++) {
            String feedUrl = queue.get(i);
            FetchResult r = fetcher.get(feedUrl, Fetcher.Expect.FEED, state.validators(feedUrl));
            switch (r) {
                case FetchResult.NotModified nm -> {
                    c.feedsUnchanged++;
                    progress.accept("feed " + feedUrl + ": not modified (304)");
                }
                case FetchResult.Failed f -> {
                    c.feedsFailed++;
                    problems.report(Problem.error(feedUrl, "feed not read: " + f.reason()));
                }
                case FetchResult.Fetched f -> {
                    Feed feed;
                    try {
                        feed = FeedParser.parse(f.body(), f.finalUrl());
                    } catch (FeedParser.FeedException e) {
                        c.feedsFailed++;
                        problems.report(Problem.error(feedUrl, "feed not read: " + e.getMessage()));
                        continue;
                    }
                    c.feedsRead++;
                    state.feedRead(feedUrl, f.validators(), now);
                    for (String why : feed.skipped()) {
                        problems.report(Problem.warning(feedUrl, why + "; skipped"));
                    }
                    int fresh = 0;
                    for (FeedItem item : feed.items()) {
                        if (take(item, now, toFetch, c)) {
                            fresh++;
                        }
                    }
                    for (String child : feed.sitemaps().stream()
                            .limit(MAX_SITEMAPS_PER_INDEX)
                            .toList()) {
                        if (queued.add(child)) {
                            queue.add(child);
                        }
                    }
                    progress.accept("feed " + feedUrl + ": " + feed.format() + ", "
                            + feed.items().size() + " items, " + fresh + " to fetch"
                            + (feed.sitemaps().isEmpty()
                                    ? ""
                                    : ", " + feed.sitemaps().size() + " sitemaps"));
                }
            }
        }
        for (FeedItem item : toFetch.values()) {
            WatchState.ItemState before = state.items.get(item.url());
            if (before == null) {
                c.newItems++;
            } else {
                c.retried++;
            }
        }
        IngestSummary s = fetchAndStore(new ArrayList<>(toFetch.values()), store, problems, progress, now, c);
        state.forgetOld(now);
        save();
        return c.summary(s, (System.nanoTime() - t0) / 1_000_000);
    }

    /** {@code ingest URL}: the pages themselves, whatever the state says (they were asked for by name). */
    public RoundSummary pages(List<String> urls, GraphTarget store, ProblemReporter problems, Consumer<String> progress)
            throws IOException {
        long t0 = System.nanoTime();
        Instant now = clock.instant();
        Counts c = new Counts();
        List<FeedItem> items = new ArrayList<>();
        for (String u : new LinkedHashSet<>(urls)) {
            items.add(new FeedItem(u, null, null, List.of(), null, null));
            c.newItems++;
        }
        IngestSummary s = fetchAndStore(items, store, problems, progress, now, c);
        save();
        return c.summary(s, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Whether an item is to be fetched this round; items dealt with before are only marked as listed. */
    private boolean take(FeedItem item, Instant now, Map<String, FeedItem> toFetch, Counts c) {
        if (toFetch.containsKey(item.url())) {
            return false; // listed by two feeds: fetched once
        }
        WatchState.ItemState known = state.items.get(item.url());
        if (known != null) {
            known.lastListed = now.toString();
            boolean retry = known.outcome == WatchState.Outcome.FAILED
                    && known.retryable
                    && known.attempts < WatchState.MAX_ATTEMPTS;
            if (!retry) {
                c.seen++;
                return false;
            }
        }
        toFetch.put(item.url(), item);
        return true;
    }

    private IngestSummary fetchAndStore(
            List<FeedItem> items,
            GraphTarget store,
            ProblemReporter problems,
            Consumer<String> progress,
            Instant now,
            Counts c)
            throws IOException {
        if (!items.isEmpty()) {
            progress.accept("fetching " + items.size() + " page" + (items.size() == 1 ? "" : "s"));
        }
        List<Article> articles = new ArrayList<>();
        Map<String, String> itemOf = new LinkedHashMap<>(); // article source (item URL) -> item URL
        int done = 0;
        for (FeedItem item : items) {
            if (++done % 25 == 0) {
                progress.accept("... " + done + " of " + items.size() + " pages");
            }
            WatchState.ItemState st = state.items.computeIfAbsent(item.url(), k -> new WatchState.ItemState());
            st.lastListed = now.toString();
            st.attempts++;
            PageReader.Result r = PageReader.read(fetcher, item, problems);
            if (r.article() != null) {
                articles.add(r.article());
                itemOf.put(r.article().source(), item.url());
                continue;
            }
            st.outcome = r.skipped() ? WatchState.Outcome.SKIPPED : WatchState.Outcome.FAILED;
            st.reason = r.reason();
            st.retryable = r.retryable();
            if (r.skipped()) {
                c.skipped++;
                problems.report(Problem.warning(item.url(), r.reason()));
            } else {
                c.failed++;
                String again = r.retryable() && st.attempts < WatchState.MAX_ATTEMPTS
                        ? " (tried " + st.attempts + " of " + WatchState.MAX_ATTEMPTS
                                + " times; tried again next round)"
                        : "";
                problems.report(Problem.error(item.url(), r.reason() + again));
            }
        }
        // the first copy of a story is the one published first, whichever feed listed it first
        articles.sort(Comparator.comparing(Watcher::instant));
        List<Article> marked = new ArrayList<>(articles.size());
        int copiesBefore = stories.copies();
        for (Article a : articles) {
            marked.add(stories.mark(a));
        }
        c.copies += stories.copies() - copiesBefore;
        if (marked.isEmpty()) {
            return null;
        }
        ProblemReporter.Collecting ingestProblems = ProblemReporter.collecting(problems::report);
        IngestSummary s =
                new Ingest(pipeline, ArticleSources.defaults(), threads).run(marked, store, ingestProblems, null);
        Set<String> notStored = new HashSet<>();
        for (Problem p : ingestProblems.problems()) {
            if (p.severity() == Problem.Severity.ERROR) {
                notStored.add(p.source());
            }
        }
        for (Article a : marked) {
            WatchState.ItemState st = state.items.get(itemOf.get(a.source()));
            if (notStored.contains(a.source())) {
                // the store may have failed (a full disk) rather than the article: worth another try
                st.outcome = WatchState.Outcome.FAILED;
                st.reason = "read but not stored";
                st.retryable = true;
                c.failed++;
                continue;
            }
            st.outcome = WatchState.Outcome.STORED;
            st.article = a.id();
            st.canonical = a.meta().url() != null && !a.meta().url().equals(st.canonical)
                    ? a.meta().url()
                    : st.canonical;
            st.reason = null;
            st.retryable = false;
        }
        stories.keep(notStored);
        return s;
    }

    private void save() throws IOException {
        if (stateFile != null) {
            state.save(stateFile);
        }
    }

    /** When an article was published, for ordering copies; unknown dates last. */
    static Instant instant(Article a) {
        String p = a.meta().published();
        if (p != null) {
            try {
                return OffsetDateTime.parse(p).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(p.length() >= 10 ? p.substring(0, 10) : p)
                            .atStartOfDay()
                            .toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e2) {
                    // unknown format: last
                }
            }
        }
        return Instant.MAX;
    }

    private static final class Counts {
        int feedsRead;
        int feedsUnchanged;
        int feedsFailed;
        int newItems;
        int retried;
        int seen;
        int failed;
        int skipped;
        int copies;

        RoundSummary summary(IngestSummary s, long millis) {
            return new RoundSummary(
                    feedsRead,
                    feedsUnchanged,
                    feedsFailed,
                    newItems,
                    retried,
                    seen,
                    failed,
                    skipped,
                    s == null ? 0 : s.stored(),
                    s == null ? 0 : s.replaced(),
                    s == null ? 0 : s.unchanged(),
                    copies,
                    s == null ? 0 : s.triplesWritten(),
                    millis);
        }
    }

    static boolean isEnglish(String language) {
        return language == null || language.toLowerCase(Locale.ROOT).matches("en([-_].*)?");
    }
}

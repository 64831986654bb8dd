package org.newskg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.config.NewskgConfig;
import org.newskg.feed.FeedList;
import org.newskg.fetch.FetchOptions;
import org.newskg.fetch.Fetcher;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Pipeline;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;
import org.newskg.store.GraphTarget;
import org.newskg.store.RemoteStore;
import org.newskg.store.Store;
import org.newskg.watch.RoundSummary;
import org.newskg.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description =
                "Follows RSS 2.0, Atom and news-sitemap feeds: every round fetches the pages of new items, "
                        + "reads and stores them as `ingest` does, and marks copies of stories already stored. What was "
                        + "fetched is remembered beside the store, so a restart fetches nothing twice. "
                        + "Exit status (--once): 0 all went well, 1 some feeds or items failed (each named with the reason), 2 usage error.")
final class WatchCommand implements Callable<Integer> {

    @Option(
            names = "--feeds",
            required = true,
            paramLabel = "FILE",
            description = "the feeds to follow: one URL per line, # starts a comment")
    Path feeds;

    @Option(
            names = "--db",
            defaultValue = NewskgConfig.DEFAULT_STORE,
            description = "store folder (default: ${DEFAULT-VALUE}); " + "the watch state (" + Watcher.STATE_FILE + ", "
                    + Watcher.STORY_FILE + ") is kept in it")
    Path db;

    @Option(
            names = "--remote",
            paramLabel = "URL",
            description =
                    "store into a running server (SPARQL Graph Store Protocol, as `ingest --remote`); needs --state")
    String remote;

    @Option(names = "--remote-auth", paramLabel = "FILE", description = "credentials for --remote: 'user: password'")
    Path remoteAuth;

    @Option(
            names = "--state",
            paramLabel = "DIR",
            description = "folder for the watch state (default: the --db folder)")
    Path stateDir;

    @Option(
            names = "--every",
            paramLabel = "DURATION",
            defaultValue = "15m",
            description =
                    "time from the start of one round to the start of the next: 90s, 15m, 1h (default: ${DEFAULT-VALUE}; at least 1m)")
    String every;

    @Option(names = "--once", description = "one round, then exit (for cron)")
    boolean once;

    @Option(
            names = "--user-agent",
            paramLabel = "TEXT",
            description = "User-Agent header; its first word is the name "
                    + "robots.txt rules are matched against (default: " + FetchOptions.DEFAULT_USER_AGENT + ")")
    String userAgent;

    @Option(
            names = "--host-interval",
            paramLabel = "DURATION",
            defaultValue = "2s",
            description =
                    "least time between two requests to one host (default: ${DEFAULT-VALUE}; robots.txt Crawl-delay may ask more)")
    String hostInterval;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "30s",
            description = "time allowed for one response, headers and body (default: ${DEFAULT-VALUE})")
    String timeout;

    @Option(
            names = "--retries",
            paramLabel = "N",
            defaultValue = "2",
            description =
                    "further attempts after a 5xx answer or a timeout, 2 s apart and doubling (default: ${DEFAULT-VALUE})")
    int retries;

    @Option(
            names = "--max-page-size",
            paramLabel = "SIZE",
            defaultValue = "5M",
            description = "larger pages and feeds are refused (default: ${DEFAULT-VALUE})")
    String maxPageSize;

    @Option(
            names = "--threads",
            defaultValue = "" + NewskgConfig.DEFAULT_THREADS,
            description = "extraction threads (default: all cores)")
    int threads;

    @Option(names = "--no-link", description = "do not link entities to Wikidata")
    boolean noLink;

    @Override
    public Integer call() {
        FetchOptions options;
        Duration interval;
        try {
            options = FetchOptions.defaults()
                    .withHostInterval(duration("--host-interval", hostInterval))
                    .withTimeouts(FetchOptions.defaults().connectTimeout(), duration("--timeout", timeout))
                    .withMaxBytes(IngestCommand.parseSize(maxPageSize))
                    .withRetries(retries, FetchOptions.defaults().backoff());
            if (userAgent != null) {
                options = options.withUserAgent(userAgent);
            }
            interval = duration("--every", every);
            if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException("--every must be at least 1m (feeds change in minutes, and outlets "
                        + "count requests), not '" + every + "'");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("newskg watch: " + e.getMessage().replace("--max-file-size", "--max-page-size"));
            return 2;
        }
        if (remote != null && stateDir == null) {
            System.err.println("newskg watch: --remote needs --state DIR (a folder here for what was fetched)");
            return 2;
        }
        FeedList list;
        try {
            list = FeedList.parse(Files.readString(feeds, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("newskg watch: cannot read the feed list " + feeds + ": " + e.getMessage());
            return 2;
        }
        list.errors().forEach(e -> System.err.println("error: " + feeds + ":" + e.replaceFirst("^line ", "")));
        if (list.urls().isEmpty()) {
            System.err.println("newskg watch: " + feeds + " lists no feed URL");
            return 2;
        }
        Pipeline pipeline = new Pipeline(Components.load(!noLink, null));
        Fetcher fetcher = new Fetcher(options);
        Watcher watcher;
        try {
            watcher = Watcher.open(
                    fetcher,
                    pipeline,
                    threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                    stateDir != null ? stateDir : db);
        } catch (IOException | IllegalStateException e) {
            System.err.println("newskg watch: " + e.getMessage());
            return 1;
        }
        int round = 0;
        while (true) {
            round++;
            Instant start = Instant.now();
            int status = round(watcher, list, round);
            if (once) {
                return list.errors().isEmpty() ? status : Math.max(status, 1);
            }
            Instant next = start.plus(interval);
            System.err.println("next round at " + next.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            try {
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), next).toMillis()));
            } catch (InterruptedException e) {
                return 0;
            }
        }
    }

    /** One round with the store open only for its duration, so `query` or `export` can run between rounds. */
    private int round(Watcher watcher, FeedList list, int n) {
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> Console.problem(System.err, p));
        GraphTarget target;
        try {
            target = remote != null ? RemoteStore.connect(remote, remoteAuth) : Store.open(db);
        } catch (IllegalArgumentException | Store.StoreException e) {
            System.err.println("newskg watch: round " + n + " skipped: " + e.getMessage());
            return 1;
        }
        try (target) {
            target.ensureOntology();
            RoundSummary s = watcher.round(list.urls(), target, problems, System.err::println);
            System.out.println("round " + n + " " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    + ": " + s.describe());
            var errors = problems.problems().stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR)
                    .toList();
            if (!errors.isEmpty()) {
                System.out.println("failed (" + errors.size() + "):");
                errors.forEach(p -> System.out.println("  " + p));
            }
            return errors.isEmpty() ? 0 : 1;
        } catch (IOException e) {
            System.err.println("newskg watch: cannot write the watch state: " + e.getMessage());
            return 1;
        } catch (Store.StoreException e) {
            System.err.println("newskg watch: " + e.getMessage());
            return 1;
        }
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    /** "500ms", "90s", "15m", "1h"; a bare number is seconds. */
    static Duration duration(String option, String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(option + " must be a duration like 90s, 15m or 1h, not '" + text + "'");
        }
        long v = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(v);
            case "m" -> Duration.ofMinutes(v);
            case "h" -> Duration.ofHours(v);
            default -> Duration.ofSeconds(v);
        };
    }
}

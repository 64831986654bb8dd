package org.newskg.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newskg.article.ArticleMeta;
import org.newskg.article.ArticleSources;
import org.newskg.article.WebUrl;
import org.newskg.config.NewskgConfig;
import org.newskg.fetch.FetchOptions;
import org.newskg.fetch.Fetcher;
import org.newskg.link.online.WikidataOptions;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Ingest;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.Pipeline;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;
import org.newskg.store.GraphTarget;
import org.newskg.store.RemoteStore;
import org.newskg.store.Store;
import org.newskg.watch.RoundSummary;
import org.newskg.watch.StoryMarks;
import org.newskg.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description =
                "Reads articles (files or folders, searched recursively; - for standard input; http(s) URLs of pages) into the TDB2 "
                        + "store, or into a running SPARQL store with --remote. Re-ingesting an article replaces its graph. "
                        + "Exit status: 0 all ingested, 1 some inputs skipped (listed in the summary), 2 usage error.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "article files or folders, - for standard input, "
                    + "or the http(s) URL of an article page (fetched politely, as `watch` does)")
    List<String> inputs;

    @Option(
            names = "--db",
            defaultValue = NewskgConfig.DEFAULT_STORE,
            description = "store folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(
            names = "--remote",
            paramLabel = "URL",
            description = "send each article graph to this dataset with the SPARQL Graph Store Protocol "
                    + "(PUT URL?graph=...) instead of the local store; for `newskg serve --allow-update` "
                    + "the URL is http://127.0.0.1:3030/newskg/data")
    String remote;

    @Option(
            names = "--remote-auth",
            paramLabel = "FILE",
            description = "HTTP Basic credentials for --remote: a file whose first line is 'user: password'")
    Path remoteAuth;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description = "publication date (yyyy-MM-dd) for articles that state none")
    String published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "outlet for articles that name none")
    String outlet;

    @Option(
            names = "--stdin-format",
            paramLabel = "FORMAT",
            description = "format of standard input (-): text (default), html, json, jsonl or warc")
    String stdinFormat;

    @Option(
            names = "--max-file-size",
            paramLabel = "SIZE",
            defaultValue = "" + NewskgConfig.DEFAULT_MAX_FILE_SIZE,
            description = "skip (and report) files larger than this, and JSON Lines lines and sidecars too; bytes or "
                    + "with K, M, G (default: ${DEFAULT-VALUE} bytes, some hundreds of articles' worth: larger inputs are "
                    + "rarely one article, and cost minutes and gigabytes)")
    String maxFileSize;

    @Option(
            names = "--user-agent",
            paramLabel = "TEXT",
            description = "User-Agent for fetching URLs (default: " + FetchOptions.DEFAULT_USER_AGENT + ")")
    String userAgent;

    @Option(
            names = "--mark-copies",
            description = "mark files that carry a story already stored (syndicated or lightly "
                    + "edited copies) with nk:sameStoryAs, using the story index beside the store, as URLs always are")
    boolean markCopies;

    @Option(
            names = "--threads",
            defaultValue = "" + NewskgConfig.DEFAULT_THREADS,
            description = "extraction threads (default: all cores)")
    int threads;

    @Option(names = "--no-link", description = "do not link entities to Wikidata")
    boolean noLink;

    @Option(
            names = "--wikidata",
            paramLabel = "MODE",
            defaultValue = "offline",
            description = "offline (default): the bundled index only; online: names the index lacks are looked up "
                    + "through the Wikidata API (cached; offline results when unreachable)")
    String wikidata;

    @Option(
            names = "--wikidata-cache",
            paramLabel = "DIR",
            description = "cache folder of --wikidata online (default: ~/.cache/newskg/wikidata)")
    Path wikidataCache;

    @Override
    public Integer call() {
        if (published != null) {
            try {
                LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                System.err.println(
                        "newskg ingest: --published must be a date like 2025-02-21, not '" + published + "'");
                return 2;
            }
        }
        NewskgConfig config;
        try {
            config = NewskgConfig.builder()
                    .store(db)
                    .maxFileSize(parseSize(maxFileSize))
                    .threads(threads)
                    .build();
        } catch (IllegalArgumentException e) {
            System.err.println("newskg ingest: " + e.getMessage());
            return 2;
        }
        if (!wikidata.equals("offline") && !wikidata.equals("online")) {
            System.err.println("newskg ingest: --wikidata must be offline or online, not '" + wikidata + "'");
            return 2;
        }
        FetchOptions fetch;
        try {
            fetch = userAgent == null
                    ? FetchOptions.defaults()
                    : FetchOptions.defaults().withUserAgent(userAgent);
        } catch (IllegalArgumentException e) {
            System.err.println("newskg ingest: --user-agent: " + e.getMessage());
            return 2;
        }
        List<String> urls = inputs.stream().filter(WebUrl::isHttp).toList();
        List<Path> paths;
        try {
            paths = inputs.stream().filter(i -> !WebUrl.isHttp(i)).map(Path::of).toList();
        } catch (java.nio.file.InvalidPathException e) {
            System.err.println("newskg ingest: not a file name or an http(s) URL: " + e.getMessage());
            return 2;
        }
        GraphTarget target;
        try {
            target = remote != null ? RemoteStore.connect(remote, remoteAuth) : Store.open(config.store());
        } catch (IllegalArgumentException e) {
            System.err.println("newskg ingest: " + e.getMessage());
            return 2;
        } catch (Store.StoreException e) {
            System.err.println("newskg ingest: " + e.getMessage());
            return 1;
        }
        ArticleMeta defaults = ArticleMeta.of(null).withPublished(published).withOutlet(outlet);
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> Console.problem(System.err, p));
        Pipeline pipeline = new Pipeline(
                Components.load(!noLink, wikidata.equals("online") ? WikidataOptions.defaults(wikidataCache) : null));
        int n = config.effectiveThreads();
        ArticleSources sources = ArticleSources.defaults(config.maxFileSize());
        try (target) {
            target.ensureOntology();
            if (!urls.isEmpty()) {
                // pages go through the watcher, so robots.txt, limits and the story index apply as for feeds
                Watcher w = Watcher.open(new Fetcher(fetch), pipeline, n, remote != null ? null : db);
                RoundSummary r = w.pages(urls, target, problems, System.err::println);
                System.out.println("pages: " + r.fetched() + " fetched, " + r.failed() + " failed, " + r.skipped()
                        + " skipped; articles: " + r.stored() + " stored, " + r.replaced() + " replaced, "
                        + r.unchanged()
                        + " unchanged; copies of an earlier story: " + r.copies());
                if (paths.isEmpty()) {
                    System.out.println((remote != null ? "remote: " : "store: ") + target.describe());
                    List<Problem> errors = problems.problems().stream()
                            .filter(p -> p.severity() == Problem.Severity.ERROR)
                            .toList();
                    errors.forEach(p -> System.out.println("  " + p));
                    return errors.isEmpty() ? 0 : 1;
                }
            }
            // files are marked only when asked: without it an article's graph depends on its text alone,
            // the same from every run and every worker, whatever was ingested before
            StoryMarks marks = markCopies && remote == null ? StoryMarks.open(db) : null;
            Ingest ingest = new Ingest(pipeline, sources, n, stdinFormat);
            if (marks != null) {
                ingest.withMarker(marks::mark);
            }
            IngestSummary s = ingest.run(paths, defaults, target, problems, Console.progress(System.err));
            System.out.println(s.describe()
                    + (marks == null || marks.copies() == 0 ? "" : "; copies of an earlier story: " + marks.copies()));
            System.out.println((remote != null ? "remote: " : "store: ") + target.describe());
            if (marks != null) {
                keepMarks(marks, s.problems());
            }
            List<Problem> errors = s.problems().stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR)
                    .toList();
            if (!errors.isEmpty()) {
                System.out.println("failed inputs (" + errors.size() + "):");
                errors.forEach(p -> System.out.println("  " + p));
            }
            return s.failed() > 0 || !errors.isEmpty() ? 1 : 0;
        } catch (Store.StoreException | IllegalStateException e) {
            System.err.println("newskg ingest: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            System.err.println("newskg ingest: the watch state or story index in " + db + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * Writes the story index lines of the articles stored. A failure (a full disk) is only
     * reported: the articles are stored, and only copies of them arriving later go unrecognised.
     */
    private void keepMarks(StoryMarks marks, List<Problem> problems) {
        Set<String> notStored = new HashSet<>();
        problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).forEach(p -> notStored.add(p.source()));
        try {
            marks.keep(notStored);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            System.err.println("warning: " + db + ": the story index could not be written (" + e.getMessage()
                    + "); copies of these articles arriving later will not be recognised");
        }
    }

    /** "1000", "64K", "50M", "2G" (powers of 1024) to bytes. */
    static long parseSize(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.endsWith("B")) {
            t = t.substring(0, t.length() - 1);
        }
        long unit = 1;
        if (!t.isEmpty() && "KMG".indexOf(t.charAt(t.length() - 1)) >= 0) {
            unit = 1L << (10 * ("KMG".indexOf(t.charAt(t.length() - 1)) + 1));
            t = t.substring(0, t.length() - 1);
        }
        try {
            long v = Long.parseLong(t.strip());
            if (v <= 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(v, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(
                    "--max-file-size must be a positive size like 500000, 64K or 50M, not '" + text + "'");
        }
    }
}

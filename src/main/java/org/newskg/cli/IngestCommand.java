package org.newskg.cli;

import org.newskg.article.ArticleMeta;
import org.newskg.article.ArticleSources;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Ingest;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.Pipeline;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;
import org.newskg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads articles (files or folders, searched recursively) into the TDB2 store. Re-ingesting an "
                + "article replaces its graph. Exit status: 0 all ingested, 1 some inputs skipped, 2 usage error.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
    List<Path> paths;

    @Option(names = "--db", defaultValue = "newskg-data", description = "store folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--published", paramLabel = "DATE", description = "publication date (yyyy-MM-dd) for articles that state none")
    String published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "outlet for articles that name none")
    String outlet;

    @Option(names = "--threads", defaultValue = "0", description = "extraction threads (default: all cores)")
    int threads;

    @Option(names = "--no-link", description = "do not link entities to Wikidata")
    boolean noLink;

    @Override
    public Integer call() {
        if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}")) {
            System.err.println("newskg ingest: --published must be a date like 2025-02-21, not '" + published + "'");
            return 2;
        }
        ArticleMeta defaults = ArticleMeta.of(null).withPublished(published).withOutlet(outlet);
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> Console.problem(System.err, p));
        Pipeline pipeline = new Pipeline(Components.load(!noLink));
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (Store store = Store.open(db)) {
            store.ensureOntology();
            IngestSummary s = new Ingest(pipeline, ArticleSources.defaults(), n)
                    .run(paths, defaults, store, problems, Console.progress(System.err));
            System.out.println(s.describe());
            System.out.println("store: " + db.toAbsolutePath() + " (" + store.quadCount() + " quads)");
            List<Problem> errors = s.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                System.out.println("failed inputs:");
                errors.forEach(p -> System.out.println("  " + p));
            }
            return s.failed() > 0 ? 1 : 0;
        } catch (Store.StoreException e) {
            System.err.println("newskg ingest: " + e.getMessage());
            return 1;
        }
    }
}

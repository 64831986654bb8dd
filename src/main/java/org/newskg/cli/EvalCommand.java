package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.config.NewskgConfig;
import org.newskg.eval.ArticleTexts;
import org.newskg.eval.ContractQueries;
import org.newskg.eval.Evaluation;
import org.newskg.eval.Gold;
import org.newskg.eval.Report;
import org.newskg.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Scores the graph against hand-made gold annotations: precision, recall and F1 of persons, "
                    + "locations, roles, statements and meetings, as ../shared/eval/score.py does (see GOLD_FORMAT.md).",
            "Exit status: 0 when every --min holds, 1 when one falls short, 2 on usage errors or when the "
                    + "evaluation cannot run."
        })
final class EvalCommand implements Callable<Integer> {

    static final class Target {
        @Option(
                names = "--db",
                paramLabel = "DIR",
                description = "store folder, read offline (default: " + NewskgConfig.DEFAULT_STORE + ")")
        Path db;

        @Option(
                names = "--endpoint",
                paramLabel = "URL",
                description = "a SPARQL query endpoint instead, e.g. http://127.0.0.1:3030/newskg/sparql")
        String endpoint;
    }

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "folder of gold JSON files")
    Path gold;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target;

    @Option(
            names = "--queries",
            paramLabel = "DIR",
            description = "folder holding persons.rq ... meetings.rq (default: the contract queries in the jar)")
    Path queries;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the full report as JSON")
    Path json;

    @Option(
            names = "--min",
            paramLabel = "AREA=F1",
            description = "fail (exit 1) when an area's F1 is below this; areas: " + "persons locations roles "
                    + "statements meetings wikidata (accuracy)")
    List<String> mins = List.of();

    @Option(
            names = {"-v", "--verbose"},
            description = "list the missed and spurious items of each area")
    boolean verbose;

    @Option(
            names = "--by-article",
            description =
                    "list, article by article, each missed gold item with the sentence "
                            + "of the article it comes from and each false hit with the evidence sentence the store keeps for it")
    boolean byArticle;

    @Option(
            names = "--articles",
            paramLabel = "DIR",
            description = "folder holding the gold's article files, searched "
                    + "with its subfolders by file name (repeatable; default: seeds/ and corpus/ of the folder three levels "
                    + "above --gold, as ../shared/eval/score-set.sh looks them up)")
    List<Path> articles = List.of();

    @Override
    public Integer call() throws IOException {
        Map<String, Double> minimums = new LinkedHashMap<>();
        for (String m : mins) {
            int eq = m.indexOf('=');
            String area = eq > 0 ? m.substring(0, eq).strip() : "";
            if (!Report.AREAS.contains(area) && !area.equals("wikidata")) {
                return usage("--min wants AREA=F1 with AREA one of " + String.join(", ", Report.AREAS)
                        + ", wikidata; not '" + m + "'");
            }
            try {
                minimums.put(area, Double.parseDouble(m.substring(eq + 1).strip()));
            } catch (NumberFormatException e) {
                return usage("--min " + m + ": not a number after '='");
            }
        }
        if (!Files.isDirectory(gold)) {
            return usage("no gold folder " + gold);
        }
        ContractQueries q;
        if (queries != null) {
            if (!Files.isDirectory(queries)) {
                return usage("no query folder " + queries);
            }
            q = ContractQueries.from(queries);
        } else {
            q = ContractQueries.bundled();
        }
        for (Path a : articles) {
            if (!Files.isDirectory(a)) {
                return usage("no article folder " + a);
            }
        }
        List<Path> articleDirs = articles.isEmpty() ? ArticleTexts.defaultRoots(gold) : articles;
        Report report;
        try {
            if (target != null && target.endpoint != null) {
                Evaluation.Detailed d = Evaluation.detailed(target.endpoint, gold, q);
                report = d.report();
                report.print(System.out, verbose);
                if (byArticle) {
                    d.byArticle(articleDirs).print(System.out);
                }
            } else {
                Path db = target != null && target.db != null ? target.db : Path.of(NewskgConfig.DEFAULT_STORE);
                try (Store store = Store.openExisting(db)) {
                    Evaluation.Detailed d = Evaluation.detailed(store, gold, q);
                    report = d.report();
                    report.print(System.out, verbose);
                    if (byArticle) {
                        d.byArticle(articleDirs).print(System.out); // asks the store for evidence: before it closes
                    }
                }
            }
        } catch (Gold.GoldException | Store.StoreException e) {
            return usage(e.getMessage());
        }
        if (json != null) {
            report.writeJson(json);
        }
        List<String> failed = report.shortfalls(minimums);
        if (!failed.isEmpty()) {
            System.out.println("FALLS SHORT: " + String.join("; ", failed) + " | " + report.summary());
            return 1;
        }
        System.out.println("OK " + report.summary());
        return 0;
    }

    private static int usage(String message) {
        System.err.println("newskg eval: " + message);
        return 2;
    }
}

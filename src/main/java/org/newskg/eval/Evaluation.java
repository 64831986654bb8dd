package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newskg.store.Store;

/** Evaluates a store or an endpoint against a gold folder with the contract queries. */
public final class Evaluation {
    private Evaluation() {}

    /**
     * An evaluation with what it did not pair: the report, the gold, every missed gold item and false
     * hit, and a way to ask the evaluated graph more (for the sentences of {@link ByArticle}).
     */
    public record Detailed(
            Report report, Gold gold, List<Finding> findings, Function<String, List<Map<String, String>>> select) {

        /** The report by article, with the article files looked up under {@code articleDirs}. */
        public ByArticle byArticle(List<Path> articleDirs) {
            return new ByArticle(gold, findings, select, new ArticleTexts(articleDirs));
        }
    }

    public static Report of(Store store, Path goldDir, ContractQueries queries) {
        return detailed(store, goldDir, queries).report();
    }

    public static Report of(String endpoint, Path goldDir, ContractQueries queries) {
        return detailed(endpoint, goldDir, queries).report();
    }

    /** As {@link #of(Store, Path, ContractQueries)}; the store must stay open while the result is used. */
    public static Detailed detailed(Store store, Path goldDir, ContractQueries queries) {
        Gold gold = Gold.load(goldDir);
        ContractQueries.Results r = queries.run(store);
        List<Finding> findings = new ArrayList<>();
        Report report = Report.of(gold, r.rows(), r.problems(), findings);
        return new Detailed(report, gold, List.copyOf(findings), q -> ContractQueries.select(store, q));
    }

    public static Detailed detailed(String endpoint, Path goldDir, ContractQueries queries) {
        Gold gold = Gold.load(goldDir);
        ContractQueries.Results r = queries.run(endpoint);
        List<Finding> findings = new ArrayList<>();
        Report report = Report.of(gold, r.rows(), r.problems(), findings);
        return new Detailed(report, gold, List.copyOf(findings), q -> ContractQueries.select(endpoint, q));
    }
}

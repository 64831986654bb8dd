package org.newskg.eval;

import org.newskg.store.Store;

import java.nio.file.Path;

/** Evaluates a store or an endpoint against a gold folder with the contract queries. */
public final class Evaluation {
    private Evaluation() {}

    public static Report of(Store store, Path goldDir, ContractQueries queries) {
        Gold gold = Gold.load(goldDir);
        ContractQueries.Results r = queries.run(store);
        return Report.of(gold, r.rows(), r.problems());
    }

    public static Report of(String endpoint, Path goldDir, ContractQueries queries) {
        Gold gold = Gold.load(goldDir);
        ContractQueries.Results r = queries.run(endpoint);
        return Report.of(gold, r.rows(), r.problems());
    }
}

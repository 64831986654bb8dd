package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.TestKit;
import org.newskg.store.Store;

/** The seed articles ingested and scored against their gold: the current floor per area. */
class SeedsEvalIT {

    static final Path GOLD = TestKit.SHARED.resolve("eval/gold/seeds");

    @Test
    void seedsMeetTheFloor(@TempDir Path tmp) {
        Assumptions.assumeTrue(Files.isDirectory(TestKit.SEEDS) && Files.isDirectory(GOLD), "../shared is absent");
        Report report;
        try (Store store = Store.open(tmp.resolve("db"))) {
            store.ensureOntology(); // as `newskg ingest` does: meeting kinds and statuses are labelled there
            TestKit.ingest(store, TestKit.SEEDS);
            report = Evaluation.of(store, GOLD, ContractQueries.bundled());
        }
        report.print(System.out, true);
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        Map<String, Double> floor = Map.of(
                "persons",
                0.95,
                "locations",
                0.90,
                "roles",
                0.95,
                "statements",
                0.90,
                "meetings",
                0.75,
                "wikidata",
                0.95);
        assertEquals(java.util.List.of(), report.shortfalls(floor), report.summary());
        assertEquals(0, report.wikidataWrong(), "a wrong Wikidata link is worse than none: " + report.summary());
    }
}

package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.TestKit;
import org.newskg.store.Store;

/**
 * The development set (20 real articles from several outlets and years) ingested and scored against
 * its gold: the floor per area that extraction must hold on articles it was not written from.
 */
class DevEvalIT {

    static final Path GOLD = TestKit.SHARED.resolve("eval/gold/dev");

    /** The articles the gold files name, found in the shared corpus. */
    static Path[] articles() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> gold = Files.list(GOLD)) {
            for (Path g :
                    gold.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = json.readTree(g.toFile()).get("article").asText();
                Path found = Stream.of("corpus/bbc", "corpus/news", "seeds")
                        .map(d -> TestKit.SHARED.resolve(d).resolve(name))
                        .filter(Files::isRegularFile)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(g + ": article " + name + " is not in ../shared"));
                out.add(found);
            }
        }
        return out.toArray(Path[]::new);
    }

    @Test
    void developmentSetMeetsTheFloor(@TempDir Path tmp) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(GOLD), "../shared is absent");
        Report report;
        try (Store store = Store.open(tmp.resolve("db"))) {
            store.ensureOntology();
            TestKit.ingest(store, articles());
            report = Evaluation.of(store, GOLD, ContractQueries.bundled());
        }
        report.print(System.out, true);
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        // the targets for F1; the figures measured when this floor was set are higher
        Map<String, Double> floor = Map.of(
                "persons",
                0.95,
                "locations",
                0.92,
                "roles",
                0.85,
                "statements",
                0.80,
                "meetings",
                0.70,
                "wikidata",
                0.95);
        assertEquals(List.of(), report.shortfalls(floor), report.summary());
        assertEquals(0, report.wikidataWrong(), "a wrong Wikidata link is worse than none: " + report.summary());
    }
}

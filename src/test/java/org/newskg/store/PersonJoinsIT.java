package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.TestKit;

/**
 * The cross-article reduce on a real store: a follow-up story that names an adviser by surname only
 * ("Prosser told lawmakers") puts her words on the person the first report named in full, in
 * whatever order or batches the two are ingested; a namesake in a related story takes the join back.
 */
class PersonJoinsIT {
    private static final Path DIR = Path.of("src/test/resources/org/newskg/store/joins");

    @TempDir
    Path tmp;

    @Test
    void aSurnameInAFollowUpIsThePersonTheFirstReportNamed() throws Exception {
        try (Store store = Store.open(tmp.resolve("db"))) {
            IngestSummary first = TestKit.ingest(store, DIR.resolve("first-report.txt"), DIR.resolve("follow-up.txt"));
            assertEquals(1, first.surnamesJoined(), first.describe());
            assertEquals(List.of("Ellen Prosser [Ellen Prosser, Prosser]"), prossers(store));
            // her two statements in the follow-up are hers; the first report's one too
            assertEquals(3, speeches(store, "ellen-prosser"), "statements of the joined person");
            assertEquals(0, speeches(store, "prosser"));

            // the same articles again: nothing to write, the join stays
            IngestSummary again = TestKit.ingest(store, DIR.resolve("follow-up.txt"), DIR.resolve("first-report.txt"));
            assertEquals(2, again.unchanged(), again.describe());
            assertEquals(List.of("Ellen Prosser [Ellen Prosser, Prosser]"), prossers(store));

            // a lawyer of the same surname in a story that shares a person with it: which one is meant is open
            IngestSummary namesake = TestKit.ingest(store, DIR.resolve("namesake.txt"));
            assertEquals(0, namesake.surnamesJoined(), namesake.describe());
            assertEquals(
                    List.of("Ellen Prosser [Ellen Prosser]", "Mark Prosser [Mark Prosser]", "Prosser [Prosser]"),
                    prossers(store));
            assertEquals(2, speeches(store, "prosser"));
        }
    }

    @Test
    void theJoinDoesNotDependOnTheOrderOfIngest() throws Exception {
        try (Store store = Store.open(tmp.resolve("db2"))) {
            TestKit.ingest(store, DIR.resolve("follow-up.txt"));
            assertEquals(List.of("Prosser [Prosser]"), prossers(store));
            IngestSummary later = TestKit.ingest(store, DIR.resolve("first-report.txt"));
            assertEquals(1, later.surnamesJoined(), later.describe());
            assertEquals(List.of("Ellen Prosser [Ellen Prosser, Prosser]"), prossers(store));
        }
    }

    /** "label [names]" of every person node whose name has the surname, from the contract query. */
    private static List<String> prossers(Store store) throws Exception {
        String persons = Files.readString(TestKit.QUERIES.resolve("persons.rq"));
        String labels = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?person ?label WHERE { ?person rdfs:label ?label }";
        return Txn.calculateRead(store.dataset(), () -> {
            java.util.Map<String, TreeSet<String>> names = new java.util.TreeMap<>();
            try (QueryExecution q =
                    QueryExecution.dataset(store.dataset()).query(persons).build()) {
                q.execSelect().forEachRemaining((QuerySolution s) -> {
                    String name = s.getLiteral("name").getString();
                    if (name.contains("Prosser")) {
                        names.computeIfAbsent(s.getResource("person").getURI(), k -> new TreeSet<>())
                                .add(name);
                    }
                });
            }
            List<String> out = new ArrayList<>();
            for (var e : names.entrySet()) {
                TreeSet<String> label = new TreeSet<>();
                try (QueryExecution q =
                        QueryExecution.dataset(store.dataset()).query(labels).build()) {
                    q.execSelect().forEachRemaining((QuerySolution s) -> {
                        if (s.getResource("person").getURI().equals(e.getKey())) {
                            label.add(s.getLiteral("label").getString());
                        }
                    });
                }
                out.add(String.join("|", label) + " " + e.getValue());
            }
            java.util.Collections.sort(out);
            return out;
        });
    }

    /** How many statements the person node with this slug makes, across all articles. */
    private static int speeches(Store store, String slug) {
        String q = "PREFIX nk: <https://newskg.org/ontology#> SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s nk:speaker <"
                + "https://newskg.org/id/person/" + slug + "> }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution e =
                    QueryExecution.dataset(store.dataset()).query(q).build()) {
                return e.execSelect().next().getLiteral("n").getInt();
            }
        });
    }
}

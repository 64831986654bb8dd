package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The user queries of {@code queries/} (not the contract queries, not the federated ones) run over
 * the union of the fixture's two article graphs and give the rows a reader expects.
 */
class UserQueriesTest {
    static Model union;

    @BeforeAll
    static void load() {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(OntologyTest.VALID);
        union = ModelFactory.createModelForGraph(dsg.getUnionGraph());
    }

    static List<Map<String, String>> run(String file) {
        Query q = QueryFactory.read("queries/" + file);
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(union).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new java.util.TreeMap<>();
                s.varNames().forEachRemaining(v -> {
                    var n = s.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(row);
            }
        }
        return rows;
    }

    /** file, expected number of rows, a column and a value the first row must have. */
    static Stream<Arguments> expectations() {
        return Stream.of(
                Arguments.of("statements-by-person.rq", 3, "speakerName", "Dmitry Peskov"),
                Arguments.of(
                        "statements-about-meeting.rq", 1, "reportedIn", "000_5c126be4df4e1188; 001_7d3e0f21aa9b4c55"),
                Arguments.of("meetings-planned-vs-held.rq", 2, "status", "planned"),
                Arguments.of("quotes-in-several-articles.rq", 1, "articles", "2"),
                Arguments.of("who-met-whom.rq", 2, "meetings", "1"),
                Arguments.of("articles-mentioning-person.rq", 2, "sourceFile", "000_5c126be4df4e1188"),
                Arguments.of("meeting-timeline.rq", 2, "when", "2025-02"),
                Arguments.of("roles-of-person.rq", 1, "tense", "former"),
                Arguments.of("evidence-for-person.rq", 1, "start", "120"),
                Arguments.of("most-quoted.rq", 2, "name", "Dmitry Peskov"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void queryAnswers(String file, int rows, String column, String value) {
        List<Map<String, String>> result = run(file);
        assertEquals(rows, result.size(), file + " rows: " + result);
        assertEquals(value, result.get(0).get(column), file + " first row: " + result.get(0));
    }

    @org.junit.jupiter.api.Test
    void mostQuotedCountsEachStatementOnce() {
        Map<String, String> peskov = run("most-quoted.rq").get(0);
        assertEquals("2", peskov.get("statements"), peskov.toString());
        assertEquals("1", peskov.get("direct"), peskov.toString());
        assertEquals("1", peskov.get("indirect"), peskov.toString());
        assertEquals("2", peskov.get("articles"), peskov.toString());
    }

    @org.junit.jupiter.api.Test
    void timelinePlacesDayWithoutYearInTheArticleYear() {
        List<Map<String, String>> rows = run("meeting-timeline.rq");
        assertTrue(rows.stream().anyMatch(r -> "2025-02-18".equals(r.get("when"))), rows.toString());
    }
}

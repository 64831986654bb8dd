package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.newskg.Fixtures;
import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;
import org.newskg.pipeline.ProcessedArticle;
import org.newskg.pipeline.TestKit;

/** A statement made in the sentence that names a meeting points at that meeting (nk:about). */
class StatementAboutMeetingIT {

    private static List<String> about(String seed) throws Exception {
        Path file = TestKit.SEEDS.resolve(seed);
        assumeTrue(Files.isRegularFile(file), "../shared/seeds is absent: skipped");
        Article a = Article.of(
                file.getFileName().toString(),
                Files.readString(file),
                new ArticleMeta(null, null, null, null, List.of(), "text"));
        ProcessedArticle p = Fixtures.pipeline().process(a);
        Model m = ModelFactory.createModelForGraph(p.content());
        String q = """
                PREFIX nk: <https://newskg.org/ontology#>
                SELECT ?text ?kind WHERE { ?s nk:about ?m ; nk:text ?text . ?m nk:meetingKind ?kind }
                ORDER BY ?text""";
        List<String> out = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(q, m)) {
            qe.execSelect()
                    .forEachRemaining(
                            (QuerySolution r) -> out.add(r.getResource("kind").getLocalName() + " <- "
                                    + r.getLiteral("text").getString()));
        }
        return out;
    }

    @Test
    void theStatementOnThePhoneCallIsAboutThatCall() throws Exception {
        List<String> rows = about("001_ebd96396f1565e17.txt");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(
                rows.get(0)
                        .startsWith(
                                "phoneCall <- It is hard to overestimate the significance of the recent phone call"),
                rows.toString());
    }

    @Test
    void statementsNamingTheRiyadhTalksAndTheSummitAreAboutThem() throws Exception {
        List<String> rows = about("004_5775ddff8a4a165b.txt");
        assertTrue(
                rows.stream().anyMatch(r -> r.startsWith("talks <- the two sides agreed at talks in Riyadh")),
                rows.toString());
        assertTrue(
                rows.stream().anyMatch(r -> r.contains("the need for a meeting between U.S. President Donald Trump")),
                rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("Financial Times")), rows.toString());
    }
}

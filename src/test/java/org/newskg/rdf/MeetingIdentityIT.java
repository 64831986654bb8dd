package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.newskg.Fixtures;
import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;

/** Which mentions of meetings, in one article or in several, are one real-world event (one node). */
class MeetingIdentityIT {

    private static Set<String> meetings(String name, String text, String published) {
        // plain text opens with its headline
        Article a = Article.of(
                name, "Leaders meet\n\n" + text, new ArticleMeta(null, published, null, null, List.of(), "text"));
        var g = Fixtures.pipeline().process(a).content();
        Set<String> out = new TreeSet<>();
        String q = "PREFIX nk: <https://newskg.org/ontology#> SELECT ?m WHERE { ?m a nk:Meeting }";
        try (var qe = QueryExecutionFactory.create(q, ModelFactory.createModelForGraph(g))) {
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("m").getURI()));
        }
        return out;
    }

    @Test
    void oneMeetingReportedTwiceInAYearIsOneNode() {
        Set<String> a = meetings("a.txt", "President Anna Berg met Premier Chen Wei in Oslo on Friday.", "2019-03-04");
        Set<String> b = meetings(
                "b.txt", "Premier Chen Wei and President Anna Berg held talks in Oslo on Friday.", "2019-03-05");
        assertEquals(1, a.size(), a.toString());
        assertEquals(a, b);
    }

    @Test
    void oneSummitReportedByADatedAndAnUndatedArticleIsOneNode() {
        Set<String> a = meetings("a.txt", "President Anna Berg attended a summit in Oslo on Friday.", "2019-03-04");
        Set<String> b = meetings("b.txt", "President Anna Berg attended a summit in Oslo on Friday.", null);
        assertEquals(1, a.size(), a.toString());
        assertEquals(a, b);
    }

    @Test
    void meetingsOfOtherPeopleInOneCountryAreTwoNodes() {
        Set<String> a = meetings("a.txt", "President Anna Berg met Premier Chen Wei in Oslo on Friday.", "2019-03-04");
        Set<String> b = meetings("b.txt", "President Anna Berg met King Olav Dahl in Oslo on Friday.", "2024-06-03");
        assertEquals(1, a.size(), a.toString());
        assertNotEquals(a, b);
    }

    @Test
    void twoBilateralMeetingsAtOneVenueOnOneDayAreTwoNodes() {
        Set<String> m = meetings("c.txt", """
                Ministers gathered in Tallinn, Estonia, on Tuesday, May 10, 2022.

                Foreign Minister Anna Berg, left, meets with Trade Minister Chen Wei during the forum in Tallinn, Estonia, Tuesday, May 10, 2022.

                Foreign Minister Olav Dahl, right, and Finance Minister Mia Lund walk during their bilateral meeting ahead of the forum in Tallinn, Estonia, Tuesday, May 10, 2022.
                """, null);
        assertEquals(2, m.size(), m.toString());
    }

    @Test
    void talksPlannedAndThenHeldAtOnePlaceAreOneHeldEvent() {
        Article a = Article.of(
                "p.txt",
                "Pension talks\n\nDeputy Prime Minister Tom Reed will hold talks in Gateshead on Saturday. "
                        + "Later, Tom Reed held talks in Gateshead.\n",
                new ArticleMeta(null, "2005-02-10", null, null, List.of(), "text"));
        var g = Fixtures.pipeline().process(a).content();
        String q = "PREFIX nk: <https://newskg.org/ontology#> SELECT ?m ?s WHERE { ?m a nk:Meeting ; nk:status ?s }";
        List<String> rows = new java.util.ArrayList<>();
        try (var qe = QueryExecutionFactory.create(q, ModelFactory.createModelForGraph(g))) {
            qe.execSelect().forEachRemaining(r -> rows.add(r.getResource("s").getLocalName()));
        }
        assertEquals(List.of("held"), rows);
    }
}

package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.newskg.Fixtures;
import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;

/** "The Chinese leader" is whichever post leads China that the person holds, as the index knows it. */
class LeaderPostIT {

    private static Set<String> posts(String text) {
        Article a = Article.of(
                "l.txt", "Leaders talk\n\n" + text, new ArticleMeta(null, "2024-03-27", null, null, List.of(), "text"));
        var g = Fixtures.pipeline().process(a).content();
        Set<String> out = new TreeSet<>();
        String q =
                "PREFIX nk: <https://newskg.org/ontology#> SELECT ?p WHERE { ?x nk:holdsRole ?r . ?r nk:position ?p }";
        try (var qe = QueryExecutionFactory.create(q, ModelFactory.createModelForGraph(g))) {
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("p").getURI()));
        }
        return out;
    }

    @Test
    void aCountrysLeaderIsThePostThePersonHoldsThere() {
        assertEquals(
                Set.of("http://www.wikidata.org/entity/Q655407"),
                posts("Chinese leader Xi Jinping told visiting officials that trade must grow."));
        assertEquals(Set.of(), posts("Opposition leader Anna Berg told visiting officials that trade must grow."));
    }
}

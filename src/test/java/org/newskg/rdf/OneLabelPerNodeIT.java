package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.Fixtures;
import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;

/** Two names of one person in one article ("Dave Collins", "David Collins") make one node with one label. */
class OneLabelPerNodeIT {

    @Test
    void aShortAndAFullFirstNameInOneArticleGiveAValidGraph() {
        Article a = Article.of(
                "c.txt",
                "Collins wins\n\nDave Collins won the race on Sunday. David Collins said he was delighted.\n",
                new ArticleMeta(null, null, null, null, List.of(), "text"));
        var g = Fixtures.pipeline().process(a).content();
        assertEquals(List.of(), new GraphValidator().violations(g));
        Node label = RDFS.label.asNode();
        long persons = g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), NK.Person.asNode())
                .toList()
                .size();
        for (var t : g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), NK.Person.asNode())
                .toList()) {
            assertEquals(
                    1,
                    g.find(t.getSubject(), label, Node.ANY).toList().size(),
                    t.getSubject().toString());
        }
        assertEquals(1, persons);
        assertEquals(
                1,
                g.find(Node.ANY, label, NodeFactory.createLiteralString("Dave Collins"))
                                .toList()
                                .size()
                        + g.find(Node.ANY, label, NodeFactory.createLiteralString("David Collins"))
                                .toList()
                                .size());
    }
}

package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The Turtle export's prefixes: ours must not take the names of vocabularies the ontology aligns to. */
class RdfFormatTest {

    @Test
    void turtleBindsOurOrganisationsToNkorgAndLeavesOrgToTheW3c() throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(
                NodeFactory.createURI("https://newskg.org/id/org/kremlin"),
                RDF.type.asNode(),
                NodeFactory.createURI("https://newskg.org/ontology#Organization")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfFormat.TURTLE.write(g, out);
        String ttl = out.toString(StandardCharsets.UTF_8);

        assertTrue(ttl.contains("nkorg:kremlin"), ttl);
        assertFalse(ttl.matches("(?s).*(PREFIX|@prefix)\\s+org:.*"), ttl);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray()))
                .lang(Lang.TURTLE)
                .parse(back);
        assertTrue(g.isIsomorphicWith(back), ttl);
        assertEquals("https://newskg.org/id/org/", back.getPrefixMapping().getNsPrefixURI("nkorg"));
    }

    @Test
    void noPrefixOfOursUsesTheNameOfAnAlignedVocabulary() {
        for (String taken : new String[] {"org", "schema", "prov", "sem", "foaf"}) {
            String ns = RdfFormat.PREFIXES.get(taken);
            assertTrue(ns == null || !ns.startsWith("https://newskg.org/"), taken + ": is bound to " + ns);
        }
    }
}

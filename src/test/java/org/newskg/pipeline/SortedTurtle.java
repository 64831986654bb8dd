package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Turtle in a fixed order (subjects, then predicates, then objects, each sorted by their written
 * form) for the golden graphs: Jena's writers follow the graph's hash order, which moves when one
 * triple changes, so a regenerated file would differ everywhere. Sorted, a changed fact is a
 * changed line in the commit's diff.
 */
final class SortedTurtle {
    private SortedTurtle() {}

    static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("nk", "https://newskg.org/ontology#");
        PREFIXES.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        PREFIXES.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        PREFIXES.put("owl", "http://www.w3.org/2002/07/owl#");
        PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        PREFIXES.put("wd", "http://www.wikidata.org/entity/");
        for (String kind : List.of("article", "person", "place", "org", "role", "meeting", "statement", "mention")) {
            // "org:" is the W3C Organization Ontology's usual prefix (as in the Turtle export)
            PREFIXES.put(kind.equals("org") ? "nkorg" : kind, "https://newskg.org/id/" + kind + "/");
        }
    }

    private static final NodeFormatterTTL FORMAT = new NodeFormatterTTL(null, PrefixMapFactory.create(PREFIXES));

    static String term(Node n) {
        IndentedLineBuffer b = new IndentedLineBuffer();
        FORMAT.format(b, n);
        return b.asString();
    }

    private static String predicate(Node p) {
        return p.equals(RDF.type.asNode()) ? "a" : term(p);
    }

    /** One triple on one line, abbreviated with {@link #PREFIXES}: for diffs in failure messages. */
    static String line(Triple t) {
        return term(t.getSubject()) + " " + predicate(t.getPredicate()) + " " + term(t.getObject()) + " .";
    }

    /** The graph as Turtle, one subject per block, one object per line. */
    static String write(Graph g) {
        Map<String, Map<String, TreeSet<String>>> bySubject = new TreeMap<>();
        g.find()
                .forEachRemaining(t -> bySubject
                        .computeIfAbsent(term(t.getSubject()), s -> new TreeMap<>())
                        .computeIfAbsent(predicate(t.getPredicate()), p -> new TreeSet<>())
                        .add(term(t.getObject())));
        StringBuilder out = new StringBuilder();
        PREFIXES.forEach((p, iri) ->
                out.append("@prefix ").append(p).append(": <").append(iri).append("> .\n"));
        for (var s : bySubject.entrySet()) {
            out.append('\n').append(s.getKey());
            List<String> lines = new ArrayList<>();
            // "a" first, as Turtle is usually read
            s.getValue().entrySet().stream()
                    .sorted((x, y) -> x.getKey().equals("a")
                            ? -1
                            : y.getKey().equals("a") ? 1 : x.getKey().compareTo(y.getKey()))
                    .forEach(p -> lines.add("    " + p.getKey() + " " + String.join(" ,\n        ", p.getValue())));
            out.append('\n').append(String.join(" ;\n", lines)).append(" .\n");
        }
        return out.toString();
    }
}

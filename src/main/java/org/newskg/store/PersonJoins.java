package org.newskg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.NK;
import org.newskg.resolve.SurnameJoins;
import org.newskg.resolve.SurnameJoins.Join;
import org.newskg.resolve.SurnameJoins.Occurrence;

/**
 * Applies the {@link SurnameJoins} reduce to a store: in an article graph that names a person by
 * surname only, the node of that name is replaced by the person the reduce found (its label too),
 * and {@code <surname node> nk:identifiedAs <person>} records the join. The record is what lets a
 * later reduce read the article as it was written, and take a join back when a new article makes it
 * ambiguous; and what lets ingesting the same article again count as unchanged.
 */
public final class PersonJoins {
    private PersonJoins() {}

    static final Node IDENTIFIED_AS = NK.identifiedAs.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node PERSON = NK.Person.asNode();
    private static final Node NAME = NK.name.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node SAME_AS = OWL.sameAs.asNode();

    /** What a reduce changed: article graphs rewritten, joins made and joins taken back. */
    public record Outcome(int graphs, int joined, int undone) {}

    /** Runs the reduce over every article graph of the store; one write transaction when anything changes. */
    public static Outcome reduce(Store store, SurnameJoins decider) {
        DatasetGraph dsg = store.datasetGraph();
        Snapshot snapshot = Txn.calculateRead(dsg, () -> Snapshot.read(dsg));
        List<Join> wanted = decider.decide(snapshot.occurrences);
        Map<Node, Map<Node, Node>> want = new HashMap<>();
        for (Join j : wanted) {
            want.computeIfAbsent(node(j.graph()), g -> new LinkedHashMap<>()).put(node(j.from()), node(j.to()));
        }
        Set<Node> graphs = new HashSet<>(want.keySet());
        graphs.addAll(snapshot.joins.keySet());
        List<Node> changed = graphs.stream()
                .filter(g -> !Objects.equals(want.getOrDefault(g, Map.of()), snapshot.joins.getOrDefault(g, Map.of())))
                .sorted(Comparator.comparing(Node::getURI))
                .toList();
        if (changed.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        int[] counts = new int[2];
        store.write(() -> {
            for (Node g : changed) {
                Map<Node, Node> had = snapshot.joins.getOrDefault(g, Map.of());
                Map<Node, Node> now = want.getOrDefault(g, Map.of());
                List<Triple> written = asWritten(dsg.getGraph(g), had);
                List<Triple> joined = joined(written, now, snapshot.labels);
                dsg.removeGraph(g);
                Graph target = dsg.getGraph(g);
                joined.forEach(target::add);
                counts[0] += (int) now.entrySet().stream()
                        .filter(e -> !e.getValue().equals(had.get(e.getKey())))
                        .count();
                counts[1] += (int) had.entrySet().stream()
                        .filter(e -> !e.getValue().equals(now.get(e.getKey())))
                        .count();
            }
            return null;
        });
        return new Outcome(changed.size(), counts[0], counts[1]);
    }

    /**
     * The joins recorded in an article graph: surname node to person. Empty for a graph the reduce
     * never touched, which is nearly all of them.
     */
    static Map<Node, Node> recorded(Graph g) {
        Map<Node, Node> out = new LinkedHashMap<>();
        g.find(Node.ANY, IDENTIFIED_AS, Node.ANY).forEachRemaining(t -> out.put(t.getSubject(), t.getObject()));
        return out;
    }

    /**
     * An article's freshly mapped triples as the store would hold them after the reduce: with the
     * joins its stored graph records (the persons' labels as stored), or as they are when it records
     * none.
     */
    static List<Triple> asStored(List<Triple> fresh, Graph stored) {
        Map<Node, Node> joins = recorded(stored);
        Map<Node, Node> labels = new HashMap<>();
        for (Node person : joins.values()) {
            stored.find(person, LABEL, Node.ANY).forEachRemaining(t -> labels.put(person, t.getObject()));
        }
        return joined(fresh, joins, labels);
    }

    /**
     * {@code triples} as a join makes them: each joined node is the person it was found to be, whose
     * label ({@code labels}, else the one the graph has for the joined node) replaces the surname's,
     * and the join is recorded.
     */
    static List<Triple> joined(List<Triple> triples, Map<Node, Node> joins, Map<Node, Node> labels) {
        if (joins.isEmpty()) {
            return triples;
        }
        List<Triple> out = new ArrayList<>(triples.size() + joins.size());
        for (Triple t : triples) {
            Node s = t.getSubject();
            Node o = t.getObject();
            Node to = joins.get(s);
            if (to != null && t.getPredicate().equals(LABEL) && labels.containsKey(to)) {
                out.add(Triple.create(to, LABEL, labels.get(to)));
                continue;
            }
            out.add(Triple.create(to != null ? to : s, t.getPredicate(), joins.getOrDefault(o, o)));
        }
        joins.forEach((from, to) -> out.add(Triple.create(from, IDENTIFIED_AS, to)));
        return out;
    }

    /**
     * A joined graph as its article wrote it: each recorded join taken back, the surname node in
     * the person's place with its own name for a label (a lone surname's label is the one name it has).
     */
    static List<Triple> asWritten(Graph g, Map<Node, Node> joins) {
        List<Triple> all = g.find().toList();
        if (joins.isEmpty()) {
            return all;
        }
        Map<Node, Node> back = new HashMap<>();
        joins.forEach((from, to) -> back.put(to, from));
        List<Triple> out = new ArrayList<>(all.size());
        for (Triple t : all) {
            if (t.getPredicate().equals(IDENTIFIED_AS)) {
                continue;
            }
            Node s = t.getSubject();
            Node from = back.get(s);
            if (from != null && t.getPredicate().equals(LABEL)) {
                Triple name = g.find(s, NAME, Node.ANY).nextOptional().orElse(null);
                out.add(Triple.create(from, LABEL, name != null ? name.getObject() : t.getObject()));
                continue;
            }
            out.add(Triple.create(
                    from != null ? from : s, t.getPredicate(), back.getOrDefault(t.getObject(), t.getObject())));
        }
        return out;
    }

    private static Node node(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }

    /** The person nodes of all article graphs, read as their articles wrote them. */
    private record Snapshot(List<Occurrence> occurrences, Map<Node, Map<Node, Node>> joins, Map<Node, Node> labels) {

        static Snapshot read(DatasetGraph dsg) {
            Map<Node, Map<Node, Node>> joins = new HashMap<>();
            dsg.find(Node.ANY, Node.ANY, IDENTIFIED_AS, Node.ANY)
                    .forEachRemaining(q -> joins.computeIfAbsent(q.getGraph(), g -> new LinkedHashMap<>())
                            .put(q.getSubject(), q.getObject()));
            List<Occurrence> occurrences = new ArrayList<>();
            // a person's label where an article names it in full: what a joined surname node shows
            Map<Node, Node> labels = new HashMap<>();
            dsg.find(Node.ANY, Node.ANY, TYPE, PERSON).forEachRemaining(q -> {
                Node g = q.getGraph();
                if (Quad.isDefaultGraph(g) || !g.isURI()) {
                    return;
                }
                Node person = q.getSubject();
                Set<String> names = new HashSet<>();
                dsg.find(g, person, NAME, Node.ANY)
                        .forEachRemaining(n -> names.add(n.getObject().getLiteralLexicalForm()));
                Map<Node, Node> here = joins.getOrDefault(g, Map.of());
                Node surname = null;
                for (Map.Entry<Node, Node> e : here.entrySet()) {
                    if (e.getValue().equals(person)) {
                        surname = e.getKey();
                    }
                }
                if (surname != null) {
                    occurrences.add(new Occurrence(g.getURI(), surname.getURI(), names, false));
                    return;
                }
                boolean linked = dsg.contains(g, person, SAME_AS, Node.ANY);
                occurrences.add(new Occurrence(g.getURI(), person.getURI(), names, linked));
                if (names.stream().anyMatch(n -> n.contains(" "))) {
                    dsg.find(g, person, LABEL, Node.ANY)
                            .forEachRemaining(l -> labels.merge(person, l.getObject(), (a, b) -> longer(a, b)));
                }
            });
            return new Snapshot(occurrences, joins, labels);
        }

        /** The longer label, the lexically first of equals: the same choice whatever the scan order. */
        private static Node longer(Node a, Node b) {
            String x = a.getLiteralLexicalForm();
            String y = b.getLiteralLexicalForm();
            int c = Integer.compare(y.length(), x.length());
            return c < 0 || c == 0 && x.compareTo(y) <= 0 ? a : b;
        }
    }
}

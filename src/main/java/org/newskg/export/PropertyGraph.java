package org.newskg.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A property-graph view of the knowledge graph: typed nodes with attributes, and directed edges
 * labelled by relation. Immutable; built by {@link PropertyGraphs}, written by the {@link GraphFormat}s.
 *
 * <pre>{@code
 * PropertyGraph g = PropertyGraphs.of(dataset).focus(Set.of("Doe"), 1);
 * GraphFormat.GRAPHML.write(g, out);
 * }</pre>
 */
public record PropertyGraph(List<Node> nodes, List<Edge> edges) {

    /** Node types, in the order the exports list them. */
    public static final List<String> TYPES =
            List.of("person", "organisation", "location", "role", "meeting", "statement", "article");

    /** Relations, in the order the exports list them. */
    public static final List<String> RELATIONS = List.of(
            "said",
            "holds role",
            "formerly held role",
            "role of",
            "took part in",
            "held at",
            "reported in",
            "mentions",
            "about");

    /**
     * A node.
     *
     * @param id    the node's IRI
     * @param type  one of {@link #TYPES}
     * @param label a short human-readable label
     * @param start the day the node appears on the timeline (yyyy-MM-dd), or null when timeless
     * @param attrs further attributes by {@link Attribute} name (String or Long values), no nulls
     * @param names every name the node goes by (for search)
     */
    public record Node(
            String id, String type, String label, String start, Map<String, Object> attrs, List<String> names) {
        public Node {
            attrs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
            names = List.copyOf(names);
        }

        /** The Wikidata item id (Q…) or null. */
        public String qid() {
            return (String) attrs.get("qid");
        }
    }

    /** A directed edge; {@code id} is unique within the graph. */
    public record Edge(String id, String source, String target, String relation) {}

    public PropertyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Map<String, Node> nodesById() {
        Map<String, Node> m = new LinkedHashMap<>();
        nodes.forEach(n -> m.put(n.id(), n));
        return m;
    }

    /** The nodes passing {@code keep}, and the edges between them. */
    public PropertyGraph filter(Predicate<Node> keep) {
        List<Node> kept = nodes.stream().filter(keep).toList();
        Set<String> ids = new HashSet<>();
        kept.forEach(n -> ids.add(n.id()));
        return new PropertyGraph(
                kept,
                edges.stream()
                        .filter(e -> ids.contains(e.source()) && ids.contains(e.target()))
                        .toList());
    }

    /**
     * The neighbourhood of the nodes a name or IRI picks out: every node within {@code depth} edges
     * (either direction) of one of them, and the edges between those nodes.
     *
     * @throws IllegalArgumentException when nothing matches {@code nameOrIri}
     */
    public PropertyGraph focus(String nameOrIri, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("--depth must be 0 or more, not " + depth);
        }
        Set<String> seeds = match(nameOrIri);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no node is named or identified by '" + nameOrIri + "'");
        }
        Map<String, List<String>> adj = new HashMap<>();
        for (Edge e : edges) {
            adj.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
            adj.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
        }
        Map<String, Integer> dist = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String s : seeds) {
            dist.put(s, 0);
            queue.add(s);
        }
        while (!queue.isEmpty()) {
            String n = queue.poll();
            int d = dist.get(n);
            if (d == depth) {
                continue;
            }
            for (String m : adj.getOrDefault(n, List.of())) {
                if (dist.putIfAbsent(m, d + 1) == null) {
                    queue.add(m);
                }
            }
        }
        return filter(n -> dist.containsKey(n.id()));
    }

    /**
     * The ids of the nodes whose IRI equals {@code nameOrIri}, or else whose label or one of whose
     * names equals it (case-insensitive), or else whose label or a name contains it.
     */
    public Set<String> match(String nameOrIri) {
        Set<String> exact = new java.util.LinkedHashSet<>();
        Set<String> partial = new java.util.LinkedHashSet<>();
        String needle = nameOrIri.strip().toLowerCase(java.util.Locale.ROOT);
        for (Node n : nodes) {
            if (n.id().equals(nameOrIri.strip())) {
                return Set.of(n.id());
            }
            Collection<String> all = new ArrayList<>(n.names());
            all.add(n.label());
            for (String s : all) {
                String l = s.toLowerCase(java.util.Locale.ROOT);
                if (l.equals(needle)) {
                    exact.add(n.id());
                } else if (l.contains(needle)) {
                    partial.add(n.id());
                }
            }
        }
        return exact.isEmpty() ? partial : exact;
    }
}

package org.newskg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * Builds the {@link PropertyGraph} view of RDF data with the SPARQL queries {@code nodes.rq},
 * {@code edges.rq}, {@code names.rq} and {@code evidence.rq} (resources beside this class; the graph
 * page runs {@code names.rq} and its own {@code view-*.rq} beside them). Counts and timeline dates are
 * derived from the edges.
 */
public final class PropertyGraphs {
    private PropertyGraphs() {}

    /** The view of a dataset (a store's: its default graph is the union of the article graphs). */
    public static PropertyGraph of(Dataset dataset) {
        return dataset.supportsTransactions() ? Txn.calculateRead(dataset, () -> build(dataset)) : build(dataset);
    }

    /** The view of one graph, e.g. the result of a CONSTRUCT query. */
    public static PropertyGraph of(Model model) {
        return build(DatasetFactory.wrap(model));
    }

    /** The text of one of the view's queries ({@code nodes.rq}, ...). */
    public static String query(String name) {
        try (InputStream in = PropertyGraphs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("query " + name + " missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void select(Dataset ds, String name, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query(name)).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row);
        }
    }

    private static String str(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral()
                ? n.asLiteral().getLexicalForm()
                : n.isURIResource() ? n.asResource().getURI() : null;
    }

    private static PropertyGraph build(Dataset ds) {
        Map<String, String> type = new LinkedHashMap<>();
        Map<String, Map<String, String>> props = new HashMap<>();
        select(ds, "nodes.rq", s -> {
            String id = str(s, "node");
            if (id == null || type.containsKey(id)) {
                return; // blank nodes are not part of the view; first type wins (a node has one)
            }
            type.put(id, str(s, "type"));
            Map<String, String> p = new HashMap<>();
            for (String v : List.of(
                    "label",
                    "qid",
                    "date",
                    "saidOn",
                    "published",
                    "text",
                    "kind",
                    "status",
                    "meetingKind",
                    "title",
                    "url",
                    "outlet",
                    "sourceFile")) {
                String x = str(s, v);
                if (x != null) {
                    p.put(v, x);
                }
            }
            props.put(id, p);
        });
        Map<String, List<String>> names = new HashMap<>();
        select(ds, "names.rq", s -> {
            String id = str(s, "node");
            if (type.containsKey(id)) {
                names.computeIfAbsent(id, k -> new ArrayList<>()).add(str(s, "name"));
            }
        });
        Map<String, String> evidence = new HashMap<>();
        select(ds, "evidence.rq", s -> evidence.put(str(s, "node"), str(s, "evidence")));

        List<PropertyGraph.Edge> edges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        select(ds, "edges.rq", s -> {
            String a = str(s, "source");
            String b = str(s, "target");
            String r = str(s, "relation");
            if (type.containsKey(a) && type.containsKey(b) && seen.add(a + "\n" + r + "\n" + b)) {
                edges.add(new PropertyGraph.Edge("e" + edges.size(), a, b, r));
            }
        });

        // counts and first reporting date, from the edges
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Map<String, String> speaker = new HashMap<>();
        Map<String, String> firstReported = new HashMap<>();
        for (PropertyGraph.Edge e : edges) {
            String st = type.get(e.source());
            String tt = type.get(e.target());
            switch (e.relation()) {
                case "said" -> {
                    inc(counts, e.source(), "statements");
                    speaker.putIfAbsent(e.target(), label(e.source(), type.get(e.source()), props.get(e.source())));
                }
                case "took part in" -> {
                    inc(counts, e.source(), "meetings");
                    inc(counts, e.target(), "participants");
                }
                case "mentions" -> {
                    inc(counts, e.target(), "articles");
                    inc(counts, e.source(), "mentions");
                }
                case "holds role", "formerly held role" -> inc(counts, e.target(), "holders");
                case "about" -> {
                    if (tt.equals("meeting")) {
                        inc(counts, e.target(), "statements");
                    }
                }
                case "reported in" -> {
                    inc(counts, e.source(), "articles");
                    inc(counts, e.target(), st.equals("statement") ? "statements" : "meetings");
                    String pub = props.get(e.target()).get("published");
                    if (pub != null) {
                        firstReported.merge(e.source(), pub, (x, y) -> x.compareTo(y) <= 0 ? x : y);
                    }
                }
                default -> {}
            }
        }

        List<PropertyGraph.Node> nodes = new ArrayList<>();
        for (var en : type.entrySet()) {
            String id = en.getKey();
            String t = en.getValue();
            Map<String, String> p = props.get(id);
            Map<String, Object> attrs = new LinkedHashMap<>();
            String qid = p.get("qid");
            if (qid != null) {
                attrs.put("qid", qid.substring(qid.lastIndexOf('/') + 1));
            }
            attrs.put("iri", id);
            String date = switch (t) {
                case "meeting" -> p.get("date");
                case "statement" -> p.getOrDefault("saidOn", firstReported.get(id));
                case "article" -> p.get("published");
                default -> null;
            };
            if (date != null) {
                attrs.put("date", date);
            }
            for (String c : countsFor(t)) {
                attrs.put(c, counts.getOrDefault(id, Map.of()).getOrDefault(c, 0L));
            }
            if (t.equals("statement")) {
                putIf(attrs, "speaker", speaker.get(id));
                putIf(attrs, "text", p.get("text"));
                putIf(attrs, "kind", p.get("kind"));
                putIf(attrs, "evidence", evidence.get(id));
            }
            if (t.equals("meeting")) {
                putIf(attrs, "status", p.get("status"));
                putIf(attrs, "meetingKind", p.get("meetingKind"));
            }
            if (t.equals("article")) {
                putIf(attrs, "title", p.get("title"));
                putIf(attrs, "outlet", p.get("outlet"));
                putIf(attrs, "url", p.get("url"));
                putIf(attrs, "sourceFile", p.get("sourceFile"));
            }
            String label = t.equals("statement") && speaker.containsKey(id)
                    ? shorten(speaker.get(id) + ": " + p.getOrDefault("text", ""), 80)
                    : label(id, t, p);
            String start = Dates.day(date, firstReported.get(id));
            nodes.add(new PropertyGraph.Node(id, t, label, start, attrs, names.getOrDefault(id, List.of())));
        }
        nodes.sort(java.util.Comparator.comparingInt((PropertyGraph.Node n) -> PropertyGraph.TYPES.indexOf(n.type()))
                .thenComparing(PropertyGraph.Node::label)
                .thenComparing(PropertyGraph.Node::id));
        return new PropertyGraph(nodes, edges);
    }

    private static List<String> countsFor(String type) {
        return switch (type) {
            case "person", "organisation", "location" -> List.of("statements", "articles", "meetings");
            case "role" -> List.of("holders");
            case "meeting" -> List.of("participants", "statements", "articles");
            case "statement" -> List.of("articles");
            case "article" -> List.of("statements", "meetings", "mentions");
            default -> List.of();
        };
    }

    private static String label(String id, String type, Map<String, String> p) {
        String l = switch (type) {
            case "statement" -> p.get("text");
            case "article" -> p.getOrDefault("title", p.get("sourceFile"));
            default -> p.get("label");
        };
        if (l == null) {
            l = id.substring(Math.max(id.lastIndexOf('/'), id.lastIndexOf('#')) + 1);
        }
        return shorten(l, 80);
    }

    static String shorten(String s, int max) {
        s = s.strip().replaceAll("\\s+", " ");
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }

    private static void putIf(Map<String, Object> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static void inc(Map<String, Map<String, Long>> counts, String id, String key) {
        counts.computeIfAbsent(id, k -> new HashMap<>()).merge(key, 1L, Long::sum);
    }
}

package org.newskg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Persons or locations over the whole graph: a node (all its names and Wikidata links) matches the
 * first gold entity it names or whose QID it carries. A gold entity found by several nodes counts
 * once; the extra nodes are duplicates. Wikidata: among matched nodes linked to any item, those
 * carrying the gold QID are right, the others wrong.
 */
public final class EntityScorer {
    private EntityScorer() {}

    /** Spurious names listed at most. */
    static final int LIST_MAX = 40;

    /**
     * @param gold    the gold entities (persons or locations)
     * @param rows    the rows of persons.rq or locations.rq
     * @param nodeVar {@code person} or {@code location}
     */
    public static Score score(Map<String, GoldEntity> gold, Rows rows, String nodeVar) {
        return score(gold, rows, nodeVar, new ArrayList<>());
    }

    /** As {@link #score(Map, Rows, String)}, adding every missed entity and false hit to {@code findings}. */
    public static Score score(Map<String, GoldEntity> gold, Rows rows, String nodeVar, List<Finding> findings) {
        String area = nodeVar.equals("person") ? "persons" : "locations";
        Map<String, Rows.Node> nodes = rows.byNode(nodeVar, "name", "wikidata");
        Map<String, List<String>> nodesOf = new LinkedHashMap<>();
        List<String> spurious = new ArrayList<>();
        int right = 0;
        int wrong = 0;
        for (Rows.Node n : nodes.values()) {
            Set<String> names = n.get("name");
            Set<String> links = n.get("wikidata");
            GoldEntity hit = gold.values().stream()
                    .filter(g -> g.matches(names, links))
                    .findFirst()
                    .orElse(null);
            if (hit == null) {
                spurious.add(names.isEmpty() ? n.id() : new TreeSet<>(names).first());
                findings.add(Finding.falseHit(
                        area,
                        names.isEmpty() ? n.id() : String.join(" / ", new TreeSet<>(names)),
                        Set.of(),
                        n.id(),
                        List.copyOf(names)));
                continue;
            }
            nodesOf.computeIfAbsent(hit.name(), k -> new ArrayList<>()).add(n.id());
            Set<String> qids = new TreeSet<>();
            for (String l : links) {
                String q = Names.qid(l);
                if (q != null) {
                    qids.add(q);
                }
            }
            if (hit.wikidata() != null && !qids.isEmpty()) {
                if (qids.contains(hit.wikidata())) {
                    right++;
                } else {
                    wrong++;
                }
            }
        }
        int duplicates = nodesOf.values().stream().mapToInt(l -> l.size() - 1).sum();
        List<String> missed = gold.keySet().stream()
                .filter(g -> !nodesOf.containsKey(g))
                .sorted()
                .toList();
        for (String m : missed) {
            GoldEntity g = gold.get(m);
            findings.add(Finding.missed(area, m, g.articles(), Finding.Search.NAME, List.copyOf(g.names()), null));
        }
        int withQid =
                (int) gold.values().stream().filter(g -> g.wikidata() != null).count();
        Map<String, Object> wd = new LinkedHashMap<>();
        wd.put("gold_with_qid", withQid);
        wd.put("right", right);
        wd.put("wrong", wrong);
        wd.put("accuracy", Score.ratio(right, withQid));
        return Score.of(
                nodesOf.size(),
                nodes.size() - duplicates,
                gold.size(),
                duplicates,
                missed,
                spurious.stream().sorted().limit(LIST_MAX).toList(),
                Map.of("wikidata", wd));
    }
}

package org.newskg.eval;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Results of one contract query: one map (variable to lexical value or IRI) per row, unbound
 * variables absent. {@link #byNode} groups the rows of one graph node.
 */
public record Rows(List<Map<String, String>> rows) {

    /** The values of one node, by variable. */
    public record Node(String id, Map<String, Set<String>> values) {
        public Set<String> get(String var) {
            return values.getOrDefault(var, Set.of());
        }
    }

    /**
     * The nodes named by {@code keyVar}, in order of first row, each with the distinct non-empty values
     * of {@code vars}; rows without the key are left out.
     */
    public Map<String, Node> byNode(String keyVar, String... vars) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            String id = r.get(keyVar);
            if (id == null || id.isEmpty()) {
                continue;
            }
            Node n = nodes.computeIfAbsent(id, k -> new Node(k, new LinkedHashMap<>()));
            for (String v : vars) {
                Set<String> set = n.values().computeIfAbsent(v, k -> new LinkedHashSet<>());
                String value = r.get(v);
                if (value != null && !value.isEmpty()) {
                    set.add(value);
                }
            }
        }
        return nodes;
    }
}

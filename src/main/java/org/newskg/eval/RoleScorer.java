package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roles over the whole graph. Gold: the roles of each person, entries naming the same post (same
 * position QID, or labels with Dice >= 0.5) merged across articles. System: the distinct (person,
 * role label) pairs of roles.rq, the person resolved to the gold person it names. A pair fits a gold
 * role when the person is the same and the label overlaps one of the role's labels (Dice >= 0.5) or
 * the position QIDs agree; each gold role takes the first unused pair that fits. Further pairs that
 * fit a credited role are other wordings of it: duplicates, left out of precision.
 */
public final class RoleScorer {
    private RoleScorer() {}

    static final double MIN_DICE = 0.5;

    /** A distinct post of one gold person. */
    record GoldRole(String person, Set<String> labels, String qid, Set<String> articles) {}

    /** One system (person, label) pair, with the first position QID seen for it. */
    record Pair(String person, String labelKey, String label, String qid) {}

    public static Score score(Gold gold, Rows rows) {
        return score(gold, rows, new ArrayList<>());
    }

    /** As {@link #score(Gold, Rows)}, adding every missed role and false hit to {@code findings}. */
    public static Score score(Gold gold, Rows rows, List<Finding> findings) {
        List<GoldRole> roles = goldRoles(gold);
        Map<List<String>, Pair> pairs = new LinkedHashMap<>();
        Map<Pair, String> holder = new HashMap<>(); // the system person of each pair (first row)
        for (Map<String, String> r : rows.rows()) {
            String label = r.get("role");
            if (label == null || label.isEmpty()) {
                continue;
            }
            GoldEntity p = gold.person(r.get("name"));
            String person = p != null ? p.name() : Names.key(r.get("name"));
            List<String> key = List.of(person, Names.key(label));
            if (!pairs.containsKey(key)) {
                Pair pair = new Pair(person, key.get(1), label, Names.qid(r.get("roleWikidata")));
                pairs.put(key, pair);
                holder.put(pair, r.get("person"));
            }
        }
        Set<Pair> used = new LinkedHashSet<>();
        List<GoldRole> credited = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (GoldRole g : roles) {
            Pair hit = pairs.values().stream()
                    .filter(p -> !used.contains(p) && fits(p, g))
                    .findFirst()
                    .orElse(null);
            if (hit != null) {
                used.add(hit);
                credited.add(g);
            } else {
                missed.add(g.person() + ": "
                        + (g.labels().isEmpty()
                                ? "?"
                                : g.labels().stream().sorted().findFirst().get()));
                findings.add(Finding.missed(
                        "roles",
                        g.person() + ": " + String.join(" / ", g.labels()),
                        g.articles(),
                        Finding.Search.NAME,
                        List.copyOf(g.labels()),
                        null));
            }
        }
        int duplicates = 0;
        List<String> spurious = new ArrayList<>();
        for (Pair p : pairs.values()) {
            if (used.contains(p)) {
                continue;
            }
            if (credited.stream().anyMatch(g -> fits(p, g))) {
                duplicates++;
            } else {
                spurious.add(p.person() + ": " + p.label());
                findings.add(Finding.falseHit(
                        "roles", p.person() + ": " + p.label(), Set.of(), holder.get(p), List.of(p.label())));
            }
        }
        return Score.of(
                credited.size(),
                pairs.size() - duplicates,
                roles.size(),
                duplicates,
                missed.stream().sorted().limit(EntityScorer.LIST_MAX).toList(),
                spurious.stream().sorted().limit(EntityScorer.LIST_MAX).toList(),
                Map.of());
    }

    static boolean fits(Pair p, GoldRole g) {
        if (!p.person().equals(g.person())) {
            return false;
        }
        if (g.qid() != null && g.qid().equals(p.qid())) {
            return true;
        }
        return g.labels().stream().anyMatch(l -> Names.dice(p.label(), l) >= MIN_DICE);
    }

    /** The distinct posts of each gold person, merged across articles. */
    static List<GoldRole> goldRoles(Gold gold) {
        List<GoldRole> out = new ArrayList<>();
        for (GoldEntity p : gold.persons().values()) {
            for (GoldEntity.Role r : p.roles()) {
                String q = Names.qid(r.wikidata());
                GoldRole same = out.stream()
                        .filter(g -> g.person().equals(p.name())
                                && ((q != null && q.equals(g.qid()))
                                        || r.labels().stream()
                                                .anyMatch(a -> g.labels().stream()
                                                        .anyMatch(b -> Names.dice(a, b) >= MIN_DICE))))
                        .findFirst()
                        .orElse(null);
                if (same != null) {
                    same.labels().addAll(r.labels());
                    same.articles().add(r.article());
                } else {
                    out.add(new GoldRole(
                            p.name(),
                            new LinkedHashSet<>(r.labels()),
                            q,
                            new LinkedHashSet<>(java.util.Collections.singleton(r.article()))));
                }
            }
        }
        return out;
    }
}

package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Statements, article by article: the system statements of an article are those whose {@code ?source}
 * contains the article's name (not as part of a longer word). A gold statement takes the unused system
 * statement of its article whose speaker names the gold speaker (a person by name or alias; an
 * institution or place also with a leading "the" ignored) and whose text overlaps the gold text or
 * an alternative best (Dice >= 0.5; on a tie the later one). Recall is also given per kind.
 */
public final class StatementScorer {
    private StatementScorer() {}

    static final double MIN_DICE = 0.5;
    static final int MISSED_MAX = 60;

    public static Score score(Gold gold, Rows rows) {
        return score(gold, rows, new ArrayList<>());
    }

    /** As {@link #score(Gold, Rows)}, adding every missed statement and false hit to {@code findings}. */
    public static Score score(Gold gold, Rows rows, List<Finding> findings) {
        Map<String, Rows.Node> nodes = rows.byNode("statement", "speakerName", "text", "kind", "source");
        int tp = 0;
        int system = 0;
        int goldCount = 0;
        Map<String, int[]> byKind = new LinkedHashMap<>();
        byKind.put("direct", new int[2]);
        byKind.put("indirect", new int[2]);
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (String article : gold.articles()) {
            Pattern inSource = Pattern.compile("(^|[^A-Za-z0-9])" + Pattern.quote(article) + "([^A-Za-z0-9]|$)");
            List<Rows.Node> here = nodes.values().stream()
                    .filter(n -> n.get("source").stream()
                            .anyMatch(s -> inSource.matcher(s).find()))
                    .toList();
            system += here.size();
            Set<String> used = new HashSet<>();
            for (Gold.Statement s : gold.statements()) {
                if (!s.article().equals(article)) {
                    continue;
                }
                goldCount++;
                Rows.Node best = bestMatch(gold, s, here, used);
                int[] k = byKind.computeIfAbsent(s.kind(), x -> new int[2]);
                k[1]++;
                if (best != null) {
                    used.add(best.id());
                    tp++;
                    k[0]++;
                } else {
                    missed.add(article.substring(0, Math.min(3, article.length())) + " " + s.speaker() + ": "
                            + s.text().substring(0, Math.min(70, s.text().length())));
                    findings.add(Finding.missed(
                            "statements",
                            s.speaker() + " (" + s.kind() + "): \u201c" + s.text() + "\u201d",
                            Set.of(article),
                            Finding.Search.TEXT,
                            s.texts(),
                            null));
                }
            }
            for (Rows.Node n : here) {
                if (!used.contains(n.id())) {
                    spurious.add(article.substring(0, Math.min(3, article.length())) + " "
                            + String.join("/", n.get("speakerName")) + ": " + first(n.get("text")));
                    String text = n.get("text").isEmpty()
                            ? ""
                            : n.get("text").iterator().next();
                    findings.add(Finding.falseHit(
                            "statements",
                            String.join(" / ", n.get("speakerName")) + " (" + String.join("/", n.get("kind"))
                                    + "): \u201c" + text + "\u201d",
                            Set.of(article),
                            n.id(),
                            List.of(text)));
                }
            }
        }
        Map<String, Object> recall = new LinkedHashMap<>();
        byKind.forEach((k, v) -> recall.put(k, Score.ratio(v[0], v[1])));
        return Score.of(
                tp,
                system,
                goldCount,
                0,
                missed.stream().limit(MISSED_MAX).toList(),
                spurious.stream().limit(MISSED_MAX).toList(),
                Map.of("recall_by_kind", recall));
    }

    private static String first(Set<String> texts) {
        String t = texts.isEmpty() ? "" : texts.iterator().next();
        return t.length() > 70 ? t.substring(0, 70) : t;
    }

    /** The best unused system statement of the article for the gold statement, or null. */
    static Rows.Node bestMatch(Gold gold, Gold.Statement s, List<Rows.Node> here, Set<String> used) {
        GoldEntity speaker = gold.person(s.speaker());
        if (speaker == null) {
            speaker = gold.locations().get(s.speaker());
        }
        if (speaker == null) {
            speaker = gold.organizations().get(s.speaker());
        }
        Set<String> speakerKeys = new HashSet<>();
        if (speaker != null) {
            speaker.keys().forEach(k -> speakerKeys.add(Names.institutionKey(k)));
        } else {
            speakerKeys.add(Names.institutionKey(s.speaker()));
        }
        s.speakerAliases().forEach(a -> speakerKeys.add(Names.institutionKey(a)));
        Rows.Node best = null;
        double bestDice = MIN_DICE;
        for (Rows.Node n : here) {
            if (used.contains(n.id()) || !saidBy(n.get("speakerName"), speaker, speakerKeys)) {
                continue;
            }
            double d = 0.0;
            for (String t : n.get("text")) {
                for (String g : s.texts()) {
                    d = Math.max(d, Names.dice(t, g));
                }
            }
            if (d >= bestDice) {
                best = n;
                bestDice = d;
            }
        }
        return best;
    }

    private static boolean saidBy(Set<String> speakerNames, GoldEntity speaker, Set<String> speakerKeys) {
        for (String x : speakerNames) {
            if (speakerKeys.contains(Names.institutionKey(x)) || (speaker != null && speaker.isNamed(List.of(x)))) {
                return true;
            }
        }
        return false;
    }
}

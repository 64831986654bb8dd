package org.newskg.nereval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.eval.Names;

/**
 * Names per article against the gold (GOLD_FORMAT.md), the same for every finder. The system side is
 * the set of distinct names the finder outputs for a type. A system name matches a gold entity when
 * its key (case-, accent- and punctuation-insensitive, {@link Names#key}) equals the key of the
 * gold name or of an alias; a true positive is a gold entity matched by at least one system name.
 * A system name whose words are all words of a gold entity that another system name matched
 * ("Putin" beside "Vladimir Putin") is covered: neither right nor wrong. Every other system name is
 * a false hit, classified for the notes:
 * <ul>
 *   <li>{@code wrong-type}: a gold entity of another type (a place typed as a person, an organisation);</li>
 *   <li>{@code fragment}: all its words belong to a gold name that no system name matched;</li>
 *   <li>{@code overlong}: it contains all words of a gold name (a title, a credit, a possessive kept);</li>
 *   <li>{@code other}: none of these (outlets, credits, bylines, common words, entities the gold leaves out).</li>
 * </ul>
 */
final class NameScorer {

    /** A gold entity: canonical name and the keys of its name and aliases. */
    record Entity(String name, Set<String> keys, Set<String> words) {
        static Entity of(JsonNode n) {
            Set<String> keys = new LinkedHashSet<>();
            // each name also without a leading "the", honorific or possessive, as the tidied view compares it
            for (String name : names(n)) {
                keys.add(Names.key(name));
                keys.add(Names.key(tidy(name)));
            }
            keys.remove("");
            Set<String> words = new HashSet<>();
            keys.forEach(k -> words.addAll(List.of(k.split(" "))));
            return new Entity(n.path("name").asText(), keys, words);
        }
    }

    private static List<String> names(JsonNode n) {
        List<String> all = new ArrayList<>();
        all.add(n.path("name").asText());
        n.path("aliases").forEach(a -> all.add(a.asText()));
        return all;
    }

    /** One article's gold: persons, locations and the organisations (not scored; used to classify false hits). */
    record GoldArticle(String gold, String article, List<Entity> persons, List<Entity> locations, List<Entity> orgs) {
        static GoldArticle read(Path file) throws IOException {
            JsonNode d = new ObjectMapper().readTree(file.toFile());
            return new GoldArticle(
                    file.getFileName().toString(),
                    d.path("article").asText(),
                    list(d.path("persons")),
                    list(d.path("locations")),
                    list(d.path("organizations")));
        }

        private static List<Entity> list(JsonNode a) {
            List<Entity> out = new ArrayList<>();
            a.forEach(n -> out.add(Entity.of(n)));
            return out;
        }
    }

    /** Counts, with what was missed and what was wrong (with its kind). */
    static final class Result {
        int tp;
        int fp;
        int fn;
        final List<String> missed = new ArrayList<>();
        final List<String> wrong = new ArrayList<>();

        void add(Result o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }

        double p() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double r() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }

        String prf() {
            return String.format(java.util.Locale.ROOT, "%.3f / %.3f / %.3f", p(), r(), f1());
        }
    }

    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("^(?i:the)\\s+");
    private static final java.util.regex.Pattern HONORIFIC =
            java.util.regex.Pattern.compile("^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\\.?\\s+(?=\\p{Lu})");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("\\s*['\u2019]s?$");

    /**
     * The light tidying every finder gets in the "tidied" view, as any integration would do it: a
     * leading "the", a leading honorific (Mr, Mrs, Ms, Dr, Sir, Dame, Lord, Lady) and a trailing
     * possessive ('s, \u2019s) are dropped ("the United States" -> "United States", "Mr Maduro's" -> "Maduro").
     */
    static String tidy(String name) {
        String t = name.strip();
        t = LEADING_THE.matcher(t).replaceFirst("");
        t = HONORIFIC.matcher(t).replaceFirst("");
        t = POSSESSIVE.matcher(t).replaceFirst("");
        return t.strip();
    }

    /** Scores the distinct system names of one type against the gold entities of that type. */
    static Result score(Collection<String> system, List<Entity> gold, List<Entity> otherTypes) {
        Result r = new Result();
        Set<String> keys = new TreeSet<>();
        for (String s : system) {
            String k = Names.key(s);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        Set<Entity> matched = new LinkedHashSet<>();
        List<String> unmatched = new ArrayList<>();
        for (String k : keys) {
            Entity g =
                    gold.stream().filter(e -> e.keys().contains(k)).findFirst().orElse(null);
            if (g != null) {
                matched.add(g);
            } else {
                unmatched.add(k);
            }
        }
        for (String k : unmatched) {
            List<String> w = List.of(k.split(" "));
            if (matched.stream().anyMatch(g -> g.words().containsAll(w))) {
                continue; // covered by a matched full name
            }
            r.fp++;
            String kind;
            if (otherTypes.stream().anyMatch(e -> e.keys().contains(k))) {
                kind = "wrong-type";
            } else if (gold.stream().anyMatch(g -> g.words().containsAll(w))) {
                kind = "fragment";
            } else if (gold.stream()
                    .anyMatch(g -> g.keys().stream().anyMatch(gk -> (" " + k + " ").contains(" " + gk + " ")))) {
                kind = "overlong";
            } else {
                kind = "other";
            }
            r.wrong.add(k + " [" + kind + "]");
        }
        r.tp = matched.size();
        for (Entity g : gold) {
            if (!matched.contains(g)) {
                r.fn++;
                r.missed.add(g.name());
            }
        }
        return r;
    }
}

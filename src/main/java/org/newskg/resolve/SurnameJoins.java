package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The cross-article reduce for a person an article names by surname only. A follow-up story says
 * "Doe testified on Tuesday" where the first report said "Jane Doe": read alone, the second
 * article can only mint a node for "Doe", which would merge every Doe of every article and never
 * the one it means. After an ingest this reduce looks at the stored articles together: the lone
 * surname is the person of that surname named in full in other articles that share its context
 * (at least {@value #SHARED_CONTEXT} other persons with it), when there is exactly one such person.
 * Two candidates ("Ann Doe" and "Bob Doe" in the same circle), a namesake in any article that shares
 * even one person with it, or a person of that surname in the article itself leave it as it is: a
 * wrong join would put one person's words in another's mouth, a missed one only leaves a node.
 *
 * <p>Input and output are plain values, so the decision is the same however the articles were
 * ingested, in one batch or many: the store applies it (and takes back a join a later article made
 * ambiguous).
 *
 * <pre>{@code
 * List<Join> joins = new SurnameJoins(name -> true).decide(List.of(
 *         new Occurrence("a1", "jane-doe", Set.of("Jane Doe"), false), ...,
 *         new Occurrence("a2", "doe", Set.of("Doe"), false), ...));
 * // [Join[graph=a2, from=doe, to=jane-doe]] when a1 and a2 share two other persons
 * }</pre>
 */
public final class SurnameJoins {

    /** Other persons two articles must share before a surname in one is read as a name in the other. */
    public static final int SHARED_CONTEXT = 2;

    /** A person node as one article graph has it: its names there, and whether that graph links it to Wikidata. */
    public record Occurrence(String graph, String person, Set<String> names, boolean linked) {
        public Occurrence {
            names = Set.copyOf(names);
        }
    }

    /** In {@code graph}, the node {@code from} is the person {@code to}. */
    public record Join(String graph, String from, String to) {}

    /** A capitalised word, possibly with an apostrophe or hyphen inside ("O'Dell", "Holm-Lund"). */
    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}[\\p{L}]*(?:['’-]\\p{Lu}?[\\p{L}]+)*");

    private final Predicate<String> mayBeSurname;

    /**
     * @param mayBeSurname whether a lone capitalised word can be a person's surname at all: false for
     *     a known place or organisation ("Wimbledon", "Holland") or a first name ("Harry") the name
     *     finder took for a person
     */
    public SurnameJoins(Predicate<String> mayBeSurname) {
        this.mayBeSurname = mayBeSurname;
    }

    /** The joins the occurrences support, in a stable order (by graph, then node). */
    public List<Join> decide(Collection<Occurrence> occurrences) {
        Map<String, Map<String, Occurrence>> byGraph = new HashMap<>();
        Map<String, Set<String>> graphsOf = new HashMap<>();
        for (Occurrence o : occurrences) {
            byGraph.computeIfAbsent(o.graph(), g -> new LinkedHashMap<>()).merge(o.person(), o, SurnameJoins::union);
            graphsOf.computeIfAbsent(o.person(), p -> new HashSet<>()).add(o.graph());
        }
        // full names by the key of their last word: the candidates a surname can join
        Map<String, Set<String>> fullBySurname = new HashMap<>();
        for (Occurrence o : occurrences) {
            for (String n : o.names()) {
                int space = n.lastIndexOf(' ');
                if (space > 0 && isPersonalName(n)) {
                    fullBySurname
                            .computeIfAbsent(NameKey.of(n.substring(space + 1)), k -> new HashSet<>())
                            .add(o.person());
                }
            }
        }
        List<Join> out = new ArrayList<>();
        for (String graph : new TreeSet<>(byGraph.keySet())) {
            Map<String, Occurrence> here = byGraph.get(graph);
            for (Occurrence o : here.values()) {
                String surname = loneSurname(o);
                if (surname == null) {
                    continue;
                }
                Set<String> named = fullBySurname.getOrDefault(NameKey.of(surname), Set.of());
                if (named.isEmpty()) {
                    continue;
                }
                String to = onlyCandidate(o, here.keySet(), named, byGraph, graphsOf);
                if (to != null) {
                    out.add(new Join(graph, o.person(), to));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Join::graph).thenComparing(Join::from));
        return out;
    }

    /**
     * A name whose last word is a surname: not a peer's style ("Tim Lund, Baron Lund of Oslo", whose
     * last word is a place), not a list.
     */
    private static boolean isPersonalName(String n) {
        return n.indexOf(',') < 0 && !n.contains(" of ");
    }

    private String loneSurname(Occurrence o) {
        if (o.linked() || o.names().size() != 1) {
            return null;
        }
        String n = o.names().iterator().next();
        return SURNAME.matcher(n).matches() && mayBeSurname.test(n) ? n : null;
    }

    /**
     * The one person named in full with this surname in the articles that share the context of
     * {@code o}'s article, or null. Null also when the article itself names a person of that
     * surname in full (its own reading kept the two apart: "Hewitt" beside "Lleyton Hewitt" is a
     * name the article failed to group, not a third person), and when an article sharing even one
     * person names another of that surname: which one is meant is then open.
     */
    private static String onlyCandidate(
            Occurrence o,
            Set<String> inArticle,
            Set<String> named,
            Map<String, Map<String, Occurrence>> byGraph,
            Map<String, Set<String>> graphsOf) {
        if (inArticle.stream().anyMatch(named::contains)) {
            return null;
        }
        Map<String, Integer> shared = new HashMap<>();
        for (String other : inArticle) {
            if (!other.equals(o.person())) {
                for (String g : graphsOf.get(other)) {
                    if (!g.equals(o.graph())) {
                        shared.merge(g, 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> close = new HashSet<>();
        Set<String> any = new HashSet<>();
        for (Map.Entry<String, Integer> e : shared.entrySet()) {
            for (String candidate : byGraph.get(e.getKey()).keySet()) {
                if (named.contains(candidate)) {
                    any.add(candidate);
                    if (e.getValue() >= SHARED_CONTEXT) {
                        close.add(candidate);
                    }
                }
            }
        }
        return close.size() == 1 && any.size() == 1 ? close.iterator().next() : null;
    }

    private static Occurrence union(Occurrence a, Occurrence b) {
        Set<String> names = new HashSet<>(a.names());
        names.addAll(b.names());
        return new Occurrence(a.graph(), a.person(), names, a.linked() || b.linked());
    }
}

package org.newskg.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The missed gold items and the false hits of an evaluation, grouped by article, each with the
 * sentence it comes from: for a false hit the evidence sentence the store keeps with its mention
 * ({@code nk:evidence}), for a miss the sentence of the article file holding the gold text (or its
 * longest part found) or, for a name, post or meeting, the first sentence naming it.
 */
public final class ByArticle {

    private static final String NK =
            "PREFIX nk: <https://newskg.org/ontology#>\n" + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    /** Nodes asked about per query. */
    private static final int BATCH = 200;

    static final String NOT_FOUND = "(not found in the article)";
    static final String NO_EVIDENCE = "(no evidence sentence in the store)";

    /** Areas in the order printed within an article. */
    private static final List<String> ORDER = List.of("statements", "meetings", "persons", "locations", "roles");

    /** Where a false hit was mentioned: the article (gold stem or file stem), start offset and sentence. */
    record Mention(String article, int start, String evidence) {}

    private final Gold gold;
    private final List<Finding> findings;
    private final Function<String, List<Map<String, String>>> select;
    private final ArticleTexts texts;
    private final Map<String, Pattern> inSource = new LinkedHashMap<>();

    /**
     * @param select runs a SELECT against the evaluated graph (union of the article graphs), rows by variable
     */
    public ByArticle(
            Gold gold, List<Finding> findings, Function<String, List<Map<String, String>>> select, ArticleTexts texts) {
        this.gold = gold;
        this.findings = findings;
        this.select = select;
        this.texts = texts;
        for (String a : gold.articles()) {
            inSource.put(a, Pattern.compile("(^|[^A-Za-z0-9])" + Pattern.quote(a) + "([^A-Za-z0-9]|$)"));
        }
    }

    /** Prints one block per article: its missed items and false hits, each with its sentence. */
    public void print(PrintStream out) {
        Map<Finding, Map<String, Mention>> where = mentions();
        // article -> lines
        Map<String, List<String[]>> blocks = new TreeMap<>();
        for (String a : gold.articles()) {
            blocks.put(a, new ArrayList<>());
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(
                Comparator.comparingInt((Finding f) -> ORDER.indexOf(f.area())).thenComparing(f -> !f.missed()));
        for (Finding f : sorted) {
            if (f.missed()) {
                for (String a : f.articles()) {
                    blocks.computeIfAbsent(a, k -> new ArrayList<>())
                            .add(new String[] {"missed " + singular(f.area()), f.label(), missedSentence(f, a)});
                }
                continue;
            }
            Map<String, Mention> m = where.getOrDefault(f, Map.of());
            Set<String> arts = new LinkedHashSet<>(f.articles().isEmpty() ? m.keySet() : f.articles());
            if (arts.isEmpty()) {
                arts.add("(no article)");
            }
            for (String a : arts) {
                Mention at = m.get(a);
                blocks.computeIfAbsent(a, k -> new ArrayList<>()).add(new String[] {
                    "false " + singular(f.area()),
                    f.label(),
                    at == null || at.evidence() == null
                            ? NO_EVIDENCE
                            : ArticleTexts.cut(at.evidence(), 0, at.evidence().length(), 0)
                });
            }
        }
        out.println();
        out.println("by article: missed gold items and false hits, each with the sentence it comes from");
        for (Map.Entry<String, List<String[]>> b : blocks.entrySet()) {
            if (b.getValue().isEmpty()) {
                continue;
            }
            Path file = b.getKey().startsWith("(") ? null : texts.file(b.getKey());
            long missed =
                    b.getValue().stream().filter(l -> l[0].startsWith("missed")).count();
            out.println();
            out.println("== " + b.getKey() + (file != null ? "  (" + file + ")" : "") + "  missed=" + missed + " false="
                    + (b.getValue().size() - missed));
            for (String[] l : b.getValue()) {
                out.printf("  %-18s %s%n", l[0], l[1]);
                out.println("      | " + l[2]);
            }
        }
    }

    private static String singular(String area) {
        return switch (area) {
            case "persons" -> "person";
            case "locations" -> "place";
            case "roles" -> "role";
            case "statements" -> "statement";
            case "meetings" -> "meeting";
            default -> area;
        };
    }

    /** The sentence of the article that a missed item comes from, or a note why there is none. */
    String missedSentence(Finding f, String article) {
        if (texts.file(article) == null) {
            return "(article file not found"
                    + (texts.roots().isEmpty()
                            ? "; give --articles DIR)"
                            : " under "
                                    + texts.roots().stream()
                                            .map(Path::toString)
                                            .reduce((x, y) -> x + ", " + y)
                                            .orElse("")
                                    + ")");
        }
        ArticleTexts.Hit h = switch (f.search()) {
            case TEXT -> texts.findText(article, f.probes());
            case NAME -> texts.findName(article, f.probes());
            case MEETING -> texts.findMeeting(article, f.probes(), f.cue());
        };
        if (h == null) {
            return NOT_FOUND;
        }
        return h.of() > 0 && h.found() < h.of()
                ? h.sentence() + "  [" + h.found() + " of " + h.of() + " words found together]"
                : h.sentence();
    }

    /** The mentions of every false hit in the store, by article: the first (lowest offset) of each. */
    Map<Finding, Map<String, Mention>> mentions() {
        Map<Finding, Map<String, Mention>> out = new LinkedHashMap<>();
        List<Finding> byNode = new ArrayList<>();
        List<Finding> roles = new ArrayList<>();
        for (Finding f : findings) {
            if (f.missed() || f.node() == null || !f.node().contains(":")) {
                continue; // a blank node cannot be asked about again
            }
            (f.area().equals("roles") ? roles : byNode).add(f);
        }
        for (int i = 0; i < byNode.size(); i += BATCH) {
            List<Finding> part = byNode.subList(i, Math.min(byNode.size(), i + BATCH));
            Map<String, List<Finding>> ofNode = new LinkedHashMap<>();
            part.forEach(f ->
                    ofNode.computeIfAbsent(f.node(), k -> new ArrayList<>()).add(f));
            StringBuilder q = new StringBuilder(NK + "SELECT ?node ?source ?start ?evidence WHERE {\n  VALUES ?node {");
            ofNode.keySet().forEach(n -> q.append(' ').append(iri(n)));
            q.append(" }\n  ?m nk:mentionOf ?node ; nk:inArticle ?a .\n  ?a nk:sourceFile ?source .\n"
                    + "  OPTIONAL { ?m nk:startOffset ?start }\n  OPTIONAL { ?m nk:evidence ?evidence }\n}");
            for (Map<String, String> r : select.apply(q.toString())) {
                for (Finding f : ofNode.getOrDefault(r.get("node"), List.of())) {
                    keep(out, f, r);
                }
            }
        }
        for (int i = 0; i < roles.size(); i += BATCH) {
            List<Finding> part = roles.subList(i, Math.min(roles.size(), i + BATCH));
            StringBuilder q = new StringBuilder(
                    NK + "SELECT ?person ?label ?source ?start ?evidence WHERE {\n" + "  VALUES (?person ?label) {");
            for (Finding f : part) {
                q.append(" (")
                        .append(iri(f.node()))
                        .append(' ')
                        .append(NodeFmtLib.strNT(
                                NodeFactory.createLiteralString(f.probes().get(0))))
                        .append(')');
            }
            // the post's mention in an article that also mentions the person (a post may be shared)
            q.append(" }\n  { ?person nk:holdsRole ?post } UNION { ?person nk:formerlyHeldRole ?post }\n"
                    + "  ?post rdfs:label ?label .\n  ?m nk:mentionOf ?post ; nk:inArticle ?a .\n"
                    + "  ?pm nk:mentionOf ?person ; nk:inArticle ?a .\n  ?a nk:sourceFile ?source .\n"
                    + "  OPTIONAL { ?m nk:startOffset ?start }\n  OPTIONAL { ?m nk:evidence ?evidence }\n}");
            List<Map<String, String>> rows = select.apply(q.toString());
            for (Finding f : part) {
                for (Map<String, String> r : rows) {
                    if (f.node().equals(r.get("person")) && f.probes().get(0).equals(r.get("label"))) {
                        keep(out, f, r);
                    }
                }
            }
        }
        return out;
    }

    private void keep(Map<Finding, Map<String, Mention>> out, Finding f, Map<String, String> r) {
        String article = article(r.get("source"));
        // a false statement belongs to its article: its mentions in other articles are not its evidence
        if (!f.articles().isEmpty() && !f.articles().contains(article)) {
            return;
        }
        int start = parse(r.get("start"));
        Mention m = new Mention(article, start, r.get("evidence"));
        out.computeIfAbsent(f, k -> new TreeMap<>())
                .merge(
                        article,
                        m,
                        (a, b) -> (b.evidence() != null && (a.evidence() == null || b.start() < a.start())) ? b : a);
    }

    /** The gold article a source file names (as statements are scored), else the file's stem. */
    String article(String source) {
        if (source == null) {
            return "(no article)";
        }
        for (Map.Entry<String, Pattern> a : inSource.entrySet()) {
            if (a.getValue().matcher(source).find()) {
                return a.getKey();
            }
        }
        return Gold.stem(
                source.replace('\\', '/').substring(source.replace('\\', '/').lastIndexOf('/') + 1));
    }

    private static int parse(String s) {
        try {
            return s == null ? Integer.MAX_VALUE : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String iri(String s) {
        return NodeFmtLib.strNT(NodeFactory.createURI(s));
    }
}

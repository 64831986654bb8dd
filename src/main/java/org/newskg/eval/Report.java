package org.newskg.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of a graph against gold: one {@link Score} per area, Wikidata accuracy over persons
 * and places, and the problems met while querying (a failed query scores as no rows).
 */
public record Report(
        Score persons,
        Score locations,
        Score roles,
        Score statements,
        Score meetings,
        Double wikidataAccuracy,
        int wikidataWrong,
        List<String> problems) {

    public static final List<String> AREAS = List.of("persons", "locations", "roles", "statements", "meetings");

    /** Scores the rows of the five contract queries (by query name) against gold. */
    public static Report of(Gold gold, Map<String, Rows> rows, List<String> problems) {
        return of(gold, rows, problems, new ArrayList<>());
    }

    /**
     * As {@link #of(Gold, Map, List)}, adding every missed gold item and false hit of each area to
     * {@code findings} (persons, locations, roles, statements, meetings in that order).
     */
    public static Report of(Gold gold, Map<String, Rows> rows, List<String> problems, List<Finding> findings) {
        Rows none = new Rows(List.of());
        Score persons = EntityScorer.score(gold.persons(), rows.getOrDefault("persons", none), "person", findings);
        Score locations =
                EntityScorer.score(gold.locations(), rows.getOrDefault("locations", none), "location", findings);
        Map<?, ?> pw = (Map<?, ?>) persons.details().get("wikidata");
        Map<?, ?> lw = (Map<?, ?>) locations.details().get("wikidata");
        int withQid = (Integer) pw.get("gold_with_qid") + (Integer) lw.get("gold_with_qid");
        int right = (Integer) pw.get("right") + (Integer) lw.get("right");
        int wrong = (Integer) pw.get("wrong") + (Integer) lw.get("wrong");
        return new Report(
                persons,
                locations,
                RoleScorer.score(gold, rows.getOrDefault("roles", none), findings),
                StatementScorer.score(gold, rows.getOrDefault("statements", none), findings),
                MeetingScorer.score(gold, rows.getOrDefault("meetings", none), findings),
                Score.ratio(right, withQid),
                wrong,
                List.copyOf(problems));
    }

    public Score area(String name) {
        return switch (name) {
            case "persons" -> persons;
            case "locations" -> locations;
            case "roles" -> roles;
            case "statements" -> statements;
            case "meetings" -> meetings;
            default -> throw new IllegalArgumentException("unknown area " + name);
        };
    }

    /** The F1 of an area, or the Wikidata accuracy for {@code wikidata}; null when not measurable. */
    public Double figure(String area) {
        return area.equals("wikidata") ? wikidataAccuracy : area(area).f1();
    }

    /** The thresholds ({@code area -> minimum}) that do not hold, as messages. */
    public List<String> shortfalls(Map<String, Double> minimums) {
        List<String> out = new ArrayList<>();
        minimums.forEach((area, min) -> {
            Double got = figure(area);
            if (got == null || got < min) {
                out.add(area + " " + got + " < " + min);
            }
        });
        return out;
    }

    /** The score table; with {@code verbose} also the missed and spurious items of each area. */
    public void print(PrintStream out, boolean verbose) {
        out.printf("%-11s %6s %6s %6s  sys/gold  notes%n", "area", "P", "R", "F1");
        for (String a : AREAS) {
            Score s = area(a);
            List<String> notes = new ArrayList<>();
            if (!a.equals("statements")) {
                notes.add("dup=" + s.duplicates());
            }
            if (a.equals("statements")) {
                Map<?, ?> k = (Map<?, ?>) s.details().get("recall_by_kind");
                notes.add("recall direct=" + k.get("direct") + " indirect=" + k.get("indirect"));
            }
            if (a.equals("meetings")) {
                Map<?, ?> at = (Map<?, ?>) s.details().get("attribute_accuracy");
                StringBuilder b = new StringBuilder("attr");
                at.forEach((key, v) -> b.append(' ').append(key).append('=').append(v));
                notes.add(b.toString());
            }
            out.printf(
                    "%-11s %6s %6s %6s  %s/%s  %s%n",
                    a, s.precision(), s.recall(), s.f1(), s.system(), s.gold(), String.join(" ", notes));
        }
        out.println("wikidata    accuracy=" + wikidataAccuracy + " wrong=" + wikidataWrong);
        for (String p : problems) {
            out.println("problem: " + p);
        }
        if (verbose) {
            for (String a : AREAS) {
                Score s = area(a);
                for (String m : s.missed()) {
                    out.println(a + " missed:   " + m);
                }
                for (String m : s.spurious()) {
                    out.println(a + " spurious: " + m);
                }
            }
        }
    }

    /** One line: {@code persons=0.97 locations=... }. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        for (String a : AREAS) {
            b.append(b.isEmpty() ? "" : " ").append(a).append('=').append(area(a).f1());
        }
        return b.toString();
    }

    /** Writes the whole report as JSON. */
    public void writeJson(Path file) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        for (String a : AREAS) {
            doc.put(a, area(a));
        }
        Map<String, Object> wd = new LinkedHashMap<>();
        wd.put("accuracy", wikidataAccuracy);
        wd.put("wrong", wikidataWrong);
        doc.put("wikidata", wd);
        doc.put("problems", problems);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), doc);
    }
}

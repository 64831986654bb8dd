package org.newskg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;
import org.newskg.extract.Extraction;
import org.newskg.extract.Meeting;
import org.newskg.extract.RoleMention;
import org.newskg.extract.Statement;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Pipeline;
import org.newskg.resolve.LocalEntity;

/** Shared test set-up: the real models and index, loaded once per test JVM. */
public final class Fixtures {
    private static Pipeline pipeline;

    private Fixtures() {}

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(Components.load(true));
        }
        return pipeline;
    }

    /** Extracts from a text given as an article body (no headline line). */
    public static Extraction extract(String body) {
        return extract(body, null);
    }

    public static Extraction extract(String body, String published) {
        Article a = Article.of("test.txt", body, new ArticleMeta(null, published, null, null, List.of(), "body"));
        return pipeline().extract(a);
    }

    /** The seeds folder beside the project, or null when it is absent (a fresh clone). */
    public static Path seeds() {
        for (Path p : List.of(Path.of("../shared/seeds"), Path.of("../../shared/seeds"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    public static List<String> persons(Extraction x) {
        return x.entities().all().stream()
                .filter(e -> e.type() == org.newskg.nlp.ner.EntityType.PERSON)
                .map(LocalEntity::name)
                .collect(Collectors.toList());
    }

    public static String statements(Extraction x) {
        StringBuilder b = new StringBuilder();
        for (Statement s : x.statements()) {
            b.append(s.speaker().name())
                    .append(s.direct() ? " [D] " : " [I] ")
                    .append(s.text())
                    .append('\n');
        }
        return b.toString();
    }

    public static String roles(Extraction x) {
        StringBuilder b = new StringBuilder();
        for (RoleMention r : x.roles()) {
            b.append(r.person().name())
                    .append(" | ")
                    .append(r.head())
                    .append(" | ")
                    .append(r.country())
                    .append(" | ")
                    .append(r.org())
                    .append(r.former() ? " | former" : "")
                    .append('\n');
        }
        return b.toString();
    }

    /** Every entity of the extraction as "TYPE name", one a line. */
    public static String entities(Extraction x) {
        StringBuilder b = new StringBuilder();
        for (LocalEntity e : x.entities().all()) {
            b.append(e.type()).append(' ').append(e.name()).append('\n');
        }
        return b.toString();
    }

    /** Asserts that {@link #statements} are exactly {@code lines}, in any order: extra output fails. */
    public static void assertStatements(Extraction x, String... lines) {
        assertExactly("statements", statements(x), lines);
    }

    /** Asserts that {@link #meetings} are exactly {@code lines}, in any order. */
    public static void assertMeetings(Extraction x, String... lines) {
        assertExactly("meetings", meetings(x), lines);
    }

    /** Asserts that {@link #roles} are exactly {@code lines}, in any order. */
    public static void assertRoles(Extraction x, String... lines) {
        assertExactly("roles", roles(x), lines);
    }

    /** Asserts that {@link #entities} are exactly {@code lines} ("PERSON Ana Souza"), in any order. */
    public static void assertEntities(Extraction x, String... lines) {
        assertExactly("entities", entities(x), lines);
    }

    /**
     * Compares whole lines as sorted lists, so a missing, an extra and a repeated fact all fail; the
     * message shows both sides and what differs.
     */
    static void assertExactly(String what, String actual, String... expected) {
        List<String> want = java.util.Arrays.stream(expected).sorted().toList();
        List<String> got = actual.lines().sorted().toList();
        if (!want.equals(got)) {
            List<String> missing = new java.util.ArrayList<>(want);
            got.forEach(missing::remove);
            List<String> extra = new java.util.ArrayList<>(got);
            want.forEach(extra::remove);
            throw new AssertionError(what + " differ\n  missing: " + missing + "\n  extra:   " + extra + "\nexpected:\n"
                    + String.join("\n", want) + "\nactual:\n" + String.join("\n", got));
        }
    }

    public static String meetings(Extraction x) {
        StringBuilder b = new StringBuilder();
        for (Meeting m : x.meetings()) {
            b.append(m.kind())
                    .append(' ')
                    .append(m.planned() ? "planned" : "held")
                    .append(' ')
                    .append(m.participants().stream()
                            .map(LocalEntity::name)
                            .sorted()
                            .toList())
                    .append(' ')
                    .append(m.countries().stream().sorted().toList())
                    .append(" at ")
                    .append(m.location() != null ? m.location().name() : "-")
                    .append(" on ")
                    .append(m.date())
                    .append('\n');
        }
        return b.toString();
    }
}

package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report by article on invented gold, rows and article text; the store's answers are given by hand. */
class ByArticleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String ARTICLE = """
            Mill to close in Dorvik

            The Dorvik paper mill will close in June, its owner said. "We tried everything to keep it open," \
            said Mr. Pal Ruud, the owner. Ruud said buyers had been approached.

            Unions in Ostrava were not consulted.
            """;

    static Gold gold() throws Exception {
        JsonNode doc = JSON.readTree("""
                {"article": "mill.txt",
                 "persons": [{"name": "Pal Ruud", "aliases": ["Ruud"], "roles": [{"labels": ["owner"]}]},
                             {"name": "Siri Nes", "aliases": []}],
                 "locations": [{"name": "Dorvik", "aliases": []}],
                 "statements": [
                   {"speaker": "Pal Ruud", "kind": "direct", "text": "We tried everything to keep it open"},
                   {"speaker": "Pal Ruud", "kind": "indirect", "text": "potential buyers had been approached"}],
                 "meetings": []}""");
        return Gold.of(List.of(doc));
    }

    @Test
    void missesShowTheArticleSentenceAndFalseHitsTheStoredEvidence(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("mill.txt"), ARTICLE);
        Gold g = gold();
        Rows statements = new Rows(List.of(
                Map.of(
                        "statement",
                        "https://newskg.org/id/statement/1",
                        "speakerName",
                        "Pal Ruud",
                        "text",
                        "We tried everything to keep it open",
                        "kind",
                        "direct",
                        "source",
                        "mill.txt"),
                Map.of(
                        "statement",
                        "https://newskg.org/id/statement/2",
                        "speakerName",
                        "Unions",
                        "text",
                        "not consulted",
                        "kind",
                        "indirect",
                        "source",
                        "mill.txt")));
        Rows persons = new Rows(List.of(
                Map.of("person", "https://newskg.org/id/person/ruud", "name", "Pal Ruud"),
                Map.of("person", "https://newskg.org/id/person/ostrava", "name", "Ostrava")));
        List<Finding> findings = new ArrayList<>();
        Report r = Report.of(g, Map.of("statements", statements, "persons", persons), List.of(), findings);
        assertEquals(0.5, r.statements().recall());
        assertEquals(
                Report.of(g, Map.of("statements", statements, "persons", persons), List.of()),
                r,
                "collecting findings changes no figure");

        List<String> asked = new ArrayList<>();
        ByArticle b = new ByArticle(
                g,
                findings,
                q -> {
                    asked.add(q);
                    if (q.contains("<https://newskg.org/id/statement/2>")) {
                        return List.of(
                                Map.of(
                                        "node",
                                        "https://newskg.org/id/statement/2",
                                        "source",
                                        "/data/mill.txt",
                                        "start",
                                        "300",
                                        "evidence",
                                        "Unions in Ostrava were not consulted."),
                                Map.of(
                                        "node",
                                        "https://newskg.org/id/person/ostrava",
                                        "source",
                                        "/data/mill.txt",
                                        "start",
                                        "310",
                                        "evidence",
                                        "Unions in Ostrava were not consulted."),
                                Map.of(
                                        "node",
                                        "https://newskg.org/id/person/ostrava",
                                        "source",
                                        "/data/other.txt",
                                        "start",
                                        "5",
                                        "evidence",
                                        "Ostrava spoke."));
                    }
                    return List.of();
                },
                new ArticleTexts(List.of(tmp)));
        String out = print(b);

        assertTrue(out.contains("\n== mill  (" + tmp.resolve("mill.txt") + ")  missed=4 false=2\n"), out);
        assertTrue(out.contains("""
                  missed statement   Pal Ruud (indirect): \u201cpotential buyers had been approached\u201d
                      | Ruud said buyers had been approached.  [4 of 5 words found together]
                  false statement    Unions (indirect): \u201cnot consulted\u201d
                      | Unions in Ostrava were not consulted.
                """), out);
        assertTrue(out.contains("""
                  missed person      Siri Nes
                      | (not found in the article)
                  false person       Ostrava
                      | Unions in Ostrava were not consulted.
                  missed place       Dorvik
                      | Mill to close in Dorvik
                  missed role        Pal Ruud: owner
                      | The Dorvik paper mill will close in June, its owner said.
                """), out);
        // a false person is listed under every article that mentions it, with that article's sentence
        assertTrue(
                out.contains("\n== other  missed=0 false=1\n  false person       Ostrava\n      | Ostrava spoke.\n"),
                out);
        assertEquals(1, asked.size(), "one query for the nodes, none for roles: " + asked);
    }

    @Test
    void anArticleFileNotFoundIsSaid(@TempDir Path tmp) throws Exception {
        Gold g = gold();
        List<Finding> findings = new ArrayList<>();
        Report.of(g, Map.of(), List.of(), findings);
        String out = print(new ByArticle(g, findings, q -> List.of(), new ArticleTexts(List.of(tmp))));
        assertTrue(out.contains("      | (article file not found under " + tmp + ")\n"), out);
    }

    @Test
    void sentencesSplitAtEndsButNotAfterTitlesAndAreCutAroundTheMatch() {
        ArticleTexts.Text t =
                new ArticleTexts.Text("He met Mr. Ruud in St. Olav. \u201cIt went well,\u201d he said.\nNext line");
        assertEquals(3, t.sentences.size());
        assertEquals(
                "He met Mr. Ruud in St. Olav.", t.sentenceAt(t.occurrence("Ruud", 0)[0], t.occurrence("Ruud", 0)[1]));
        assertEquals(
                "\u201cIt went well,\u201d he said.", t.findRun("it went well").sentence());
        assertNull(t.findRun("went badly"), "a run shorter than three words (of a longer text) is no match");
        String long1 = "word ".repeat(100) + "target " + "word ".repeat(100);
        String cut = ArticleTexts.cut(long1, 0, long1.length(), long1.indexOf("target"));
        assertTrue(
                cut.length() <= ArticleTexts.MAX_CHARS + 4
                        && cut.startsWith("\u2026 word")
                        && cut.endsWith("word \u2026")
                        && cut.contains("target"),
                cut);
    }

    static String print(ByArticle b) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            b.print(p);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}

package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every SPARQL file in {@code queries/} parses with ARQ and says in its first line what it answers. */
class QueriesParseTest {
    static final Path QUERIES = Path.of("queries");
    static final Pattern NK_TERM = Pattern.compile("\\bnk:([A-Za-z_][A-Za-z0-9_]*)");

    static List<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rq"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void thereAreQueries() throws IOException {
        assertTrue(queries().size() >= 8, "expected at least eight queries in " + QUERIES + ", found " + queries());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void parses(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            Query q = QueryFactory.create(text);
            assertFalse(q.isUnknownType(), file + ": not a query");
        } catch (QueryParseException e) {
            fail(file + " does not parse: " + e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void startsWithAComment(Path file) throws IOException {
        String first = Files.readString(file, StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElse("");
        assertTrue(
                first.startsWith("# ") && first.length() > 10,
                file + " must start with a '# ' line saying what it answers; starts with: " + first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void usesOnlyTermsOfTheVocabulary(Path file) throws IOException {
        Set<String> known = Stream.of(NK.class.getFields()).map(Field::getName).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.stripLeading().startsWith("#")) continue;
            Matcher m = NK_TERM.matcher(line);
            while (m.find()) {
                if (!known.contains(m.group(1))) unknown.add("nk:" + m.group(1));
            }
        }
        assertEquals(Set.of(), unknown, file + " uses terms that NK does not declare");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void federatedQueriesCallWikidata(Path file) throws IOException {
        if (!file.getFileName().toString().startsWith("wikidata-")) return;
        Query q = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(
                q.toString().contains("SERVICE <https://query.wikidata.org/sparql>"),
                file + " is named wikidata-* but has no SERVICE <https://query.wikidata.org/sparql>");
    }
}

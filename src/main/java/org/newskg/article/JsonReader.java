package org.newskg.article;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;

/**
 * JSON files holding one article object, an array of article objects, or an object that wraps
 * such an array ({"articles": [...]}, as news APIs answer). Field names: {@link JsonFields}.
 * Records are parsed one at a time (Jackson streaming); each becomes {@code file#N} with N its
 * 1-based index in the array. A record without text is reported with its line and skipped; a
 * syntax error ends the file after the records before it.
 */
public final class JsonReader implements ArticleReader {

    /** Array fields of a wrapping object that hold the records. */
    static final List<String> WRAPPERS =
            List.of("articles", "items", "data", "results", "records", "entries", "documents", "docs");

    @Override
    public boolean accepts(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public void read(
            String source, InputStream in, ArticleMeta defaults, ProblemReporter problems, Consumer<Article> sink)
            throws IOException {
        String decoded = TextDecoder.readText(source, in, problems);
        if (decoded == null) {
            return;
        }
        if (decoded.isBlank()) {
            problems.report(Problem.error(source, "empty file: no article records"));
            return;
        }
        int count = 0;
        try (JsonParser p = JsonFields.MAPPER.getFactory().createParser(decoded)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                long line = line(p.currentTokenLocation());
                JsonNode obj = p.readValueAsTree();
                JsonNode wrapped = JsonFields.text(obj) == null ? wrapped(obj) : null;
                if (wrapped == null) {
                    JsonFields.emit(obj, source, line, source, "json", defaults, problems, sink);
                    return;
                }
                int i = 0;
                for (JsonNode rec : wrapped) {
                    i++;
                    JsonFields.emit(rec, source, 0, source + "#" + i, "json", defaults, problems, sink);
                }
                return;
            }
            if (t != JsonToken.START_ARRAY) {
                problems.report(Problem.error(
                        source, line(p.currentTokenLocation()), "expected a JSON object or array of article objects"));
                return;
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    problems.report(Problem.error(
                            source,
                            line(p.currentLocation()),
                            "JSON array is not closed (file truncated?) after " + count + " records"));
                    return;
                }
                count++;
                long line = line(p.currentTokenLocation());
                JsonNode rec = p.readValueAsTree();
                JsonFields.emit(rec, source, line, source + "#" + count, "json", defaults, problems, sink);
            }
        } catch (JsonProcessingException e) {
            problems.report(Problem.error(
                    source,
                    line(e.getLocation()),
                    "malformed JSON" + (count > 0 ? " in or after record " + count : "") + ": "
                            + e.getOriginalMessage()));
        }
    }

    private static JsonNode wrapped(JsonNode obj) {
        for (String w : WRAPPERS) {
            JsonNode a = JsonFields.field(obj, w);
            if (a != null && a.isArray()) {
                return a;
            }
        }
        return null;
    }

    static long line(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? 0 : loc.getLineNr();
    }
}

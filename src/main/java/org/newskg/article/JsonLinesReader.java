package org.newskg.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;

/**
 * JSON Lines (.jsonl, .ndjson): one article object per line, read line by line so that files of
 * any size stream through. Each record becomes {@code file#N}, N its 1-based line number. A
 * malformed line or a record without text is reported with its line number and the rest of the
 * file goes on. Field names: {@link JsonFields}.
 */
public final class JsonLinesReader implements ArticleReader {

    /** After this many bad lines only a count is reported (a file that is not JSON Lines at all). */
    static final int MAX_LINE_REPORTS = 50;

    private final long maxLineChars;

    /** Lines of at most {@link ArticleSources#DEFAULT_MAX_BYTES} characters. */
    public JsonLinesReader() {
        this(ArticleSources.DEFAULT_MAX_BYTES);
    }

    /**
     * @param maxLineChars longer lines are skipped and reported: the file streams, but each line is
     *                     held whole while it is parsed (the file size limit, applied per record)
     */
    public JsonLinesReader(long maxLineChars) {
        this.maxLineChars = maxLineChars;
    }

    @Override
    public boolean accepts(String fileName) {
        String f = fileName.toLowerCase(Locale.ROOT);
        return f.endsWith(".jsonl") || f.endsWith(".ndjson");
    }

    @Override
    public boolean streaming() {
        return true;
    }

    @Override
    public void read(
            String source, InputStream in, ArticleMeta defaults, ProblemReporter problems, Consumer<Article> sink)
            throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        LineReader r = new LineReader(new InputStreamReader(in, decoder), maxLineChars);
        long lineNo = 0;
        int records = 0;
        int bad = 0;
        String line;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (r.binary()) {
                problems.report(Problem.error(
                        source, lineNo, "binary content (NUL byte), not JSON Lines; file skipped from here"));
                return;
            }
            if (r.overLimit()) {
                records++;
                problems.report(Problem.error(
                        source,
                        lineNo,
                        "line of " + r.length() + " characters, over the limit of " + maxLineChars
                                + " (see --max-file-size); skipped"));
                continue;
            }
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            records++;
            JsonNode rec;
            try {
                rec = JsonFields.MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                bad++;
                if (bad <= MAX_LINE_REPORTS) {
                    problems.report(Problem.error(source, lineNo, "malformed JSON line: " + e.getOriginalMessage()));
                }
                continue;
            }
            JsonFields.emit(rec, source, lineNo, source + "#" + lineNo, "json", defaults, problems, sink);
        }
        if (bad > MAX_LINE_REPORTS) {
            problems.report(Problem.error(source, (bad - MAX_LINE_REPORTS) + " more malformed lines not listed"));
        }
        if (records == 0) {
            problems.report(Problem.error(source, "empty file: no article records"));
        }
    }
}

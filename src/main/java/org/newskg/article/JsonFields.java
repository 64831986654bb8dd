package org.newskg.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The field names a JSON article record (a JSON / JSON Lines record or a sidecar next to a text
 * file) may use, and how they map onto {@link Article} text and {@link ArticleMeta}. Names are
 * matched case-insensitively; the first listed name present with a usable value wins. The mapping
 * is documented in docs/input-formats.md.
 */
public final class JsonFields {

    /** The article body. */
    public static final List<String> TEXT =
            List.of("text", "content", "body", "article", "articleBody", "maintext", "full_text", "fulltext");

    public static final List<String> TITLE = List.of("title", "headline");
    public static final List<String> URL = List.of("url", "link", "canonical_url", "canonicalUrl");
    public static final List<String> PUBLISHED = List.of(
            "published",
            "publishedAt",
            "published_at",
            "date",
            "datePublished",
            "date_published",
            "pubDate",
            "date_publish");
    public static final List<String> OUTLET = List.of("source", "outlet", "publisher", "site_name", "siteName");
    public static final List<String> AUTHORS = List.of("author", "authors", "byline");

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Pattern HTML_TAG = Pattern.compile("(?i)<(p|br|div|span|a|em|strong|b|i)(\\s[^>]*)?/?>");

    private JsonFields() {}

    /** Metadata of a record; {@code format} becomes {@link ArticleMeta#format()}. */
    public static ArticleMeta meta(JsonNode record, String format) {
        return new ArticleMeta(
                string(record, TITLE),
                date(string(record, PUBLISHED)),
                name(record, OUTLET),
                string(record, URL),
                authors(record),
                format);
    }

    /**
     * The body text of a record, or null when it has none. A body given as HTML (some feeds do) is
     * reduced to its paragraphs, separated by blank lines.
     */
    public static String text(JsonNode record) {
        String t = string(record, TEXT);
        if (t == null || t.isBlank()) {
            return null;
        }
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        if (HTML_TAG.matcher(t).find()) {
            t = htmlToText(t);
        }
        return t.isBlank() ? null : t;
    }

    /** First of the names present as a non-blank string (numbers are turned into strings). */
    static String string(JsonNode record, List<String> names) {
        for (String n : names) {
            JsonNode v = field(record, n);
            if (v != null && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    /** An outlet given as a string or as an object with a name ({"id": .., "name": "..."}). */
    static String name(JsonNode record, List<String> names) {
        for (String n : names) {
            String s = nameOf(field(record, n));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** Authors as a string, a list of strings, an object with a name, or a list of such objects. */
    static List<String> authors(JsonNode record) {
        for (String n : AUTHORS) {
            JsonNode v = field(record, n);
            if (v == null) {
                continue;
            }
            List<String> out = new ArrayList<>();
            if (v.isArray()) {
                for (JsonNode e : v) {
                    String s = nameOf(e);
                    if (s != null && !out.contains(s)) {
                        out.add(s);
                    }
                }
            } else {
                String s = nameOf(v);
                if (s != null) {
                    out.addAll(splitByline(s));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    static String nameOf(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText().isBlank() ? null : v.asText().strip();
        }
        if (v.isObject()) {
            JsonNode name = field(v, "name");
            return name != null && name.isTextual() && !name.asText().isBlank()
                    ? name.asText().strip()
                    : null;
        }
        return null;
    }

    /** "By Ann Lee and Tom Ray" / "Ann Lee, Tom Ray" to names. */
    static List<String> splitByline(String s) {
        String b = s.strip().replaceFirst("(?i)^by\\s+", "");
        List<String> out = new ArrayList<>();
        for (String part : b.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** Case-insensitive field lookup (exact name first). */
    static JsonNode field(JsonNode record, String name) {
        if (record == null || !record.isObject()) {
            return null;
        }
        JsonNode v = record.get(name);
        if (v != null) {
            return v;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * A date as given, except RFC 1123 dates of RSS feeds ("Tue, 04 Mar 2025 09:30:00 GMT") and
     * epoch milliseconds, which become ISO date-times.
     */
    static String date(String s) {
        if (s == null) {
            return null;
        }
        if (s.matches("\\d{12,13}")) {
            return java.time.Instant.ofEpochMilli(Long.parseLong(s)).toString();
        }
        if (s.matches("(?i)[a-z]{3}, .*")) {
            try {
                return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        return s;
    }

    /** Warns when a URL the input gives is not kept ({@link WebUrl}). */
    static void warnIfDropped(String url, String file, long line, org.newskg.problem.ProblemReporter problems) {
        if (url != null && !WebUrl.isHttp(url)) {
            problems.report(new org.newskg.problem.Problem(
                    org.newskg.problem.Problem.Severity.WARNING, file, line, WebUrl.dropped(url)));
        }
    }

    /** Paragraphs of an HTML fragment, separated by blank lines. */
    static String htmlToText(String html) {
        Document d = Jsoup.parseBodyFragment(html);
        d.select("script, style").remove();
        List<String> paras = new ArrayList<>();
        for (Element p : d.body().select("p, li, h1, h2, h3, h4, blockquote:not(:has(p)), pre")) {
            String s = p.text().strip();
            if (!s.isEmpty()) {
                paras.add(s);
            }
        }
        if (paras.isEmpty()) {
            return d.body().wholeText().strip();
        }
        return String.join("\n\n", paras);
    }

    /**
     * Turns one record into an article, or reports it (with the file and line) when it has no text.
     *
     * @param file   the input file, for reports
     * @param line   1-based line of the record in the file, 0 when unknown
     * @param source the article's source name ("file#N")
     */
    static void emit(
            JsonNode record,
            String file,
            long line,
            String source,
            String format,
            ArticleMeta defaults,
            org.newskg.problem.ProblemReporter problems,
            java.util.function.Consumer<Article> sink) {
        if (!record.isObject()) {
            problems.report(org.newskg.problem.Problem.error(
                    file,
                    line,
                    "record is a JSON " + record.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
                            + ", not an object"));
            return;
        }
        String text = text(record);
        if (text == null) {
            problems.report(org.newskg.problem.Problem.error(
                    file, line, "record has no article text (looked for " + String.join(", ", TEXT) + ")"));
            return;
        }
        ArticleMeta meta = meta(record, format);
        warnIfDropped(string(record, URL), file, line, problems);
        sink.accept(Article.of(source, text, defaults == null ? meta : meta.orElse(defaults)));
    }
}

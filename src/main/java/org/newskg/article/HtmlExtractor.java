package org.newskg.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news page to article text and metadata. The metadata comes from Open Graph / article meta
 * tags, JSON-LD (NewsArticle and friends) and plain HTML; the story text from {@link Readability}.
 * Used by {@link HtmlReader} for .html files and by {@link WarcReader} for archived pages.
 */
public final class HtmlExtractor {

    /** What a page yields: metadata and the story's paragraphs (possibly none). */
    public record Page(
            String title,
            String published,
            List<String> authors,
            String url,
            String outlet,
            List<String> paragraphs,
            String language) {

        public Page {
            authors = List.copyOf(authors);
            paragraphs = List.copyOf(paragraphs);
        }

        /** The paragraphs separated by blank lines. */
        public String text() {
            return String.join("\n\n", paragraphs);
        }

        public ArticleMeta meta() {
            return new ArticleMeta(title, published, outlet, url, authors, "html", language, null);
        }
    }

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)");
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i)(News|Reportage|Analysis|Opinion|Review|Background|Report|Scholarly|Tech|Satirical|LiveBlog)?Article|BlogPosting|LiveBlogPosting|Report");

    private HtmlExtractor() {}

    /**
     * Parses page bytes. A charset named by the transport ({@code charset}, e.g. from an HTTP
     * header) wins; otherwise one declared in the page ({@code <meta charset>}) or a byte-order mark;
     * otherwise UTF-8, falling back to windows-1252 for bytes that are not UTF-8 (via
     * {@link TextDecoder}). Binary content is refused.
     */
    public static Document parse(byte[] bytes, String charset, String baseUri) throws TextDecoder.NotTextException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String base = baseUri == null ? "" : baseUri;
        String cs = charset != null && java.nio.charset.Charset.isSupported(charset) ? charset : null;
        if (cs == null && !decoded.encoding().startsWith("UTF-16")) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find() && java.nio.charset.Charset.isSupported(m.group(1))) {
                cs = m.group(1);
            }
        }
        if (cs != null && decoded.fallback() && cs.replace("-", "").equalsIgnoreCase("utf8")) {
            cs = null; // declared UTF-8 but is not: old pages saved as windows-1252 often say so
        }
        if (cs == null) {
            return Jsoup.parse(decoded.text(), base);
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), cs, base);
        } catch (IOException e) {
            return Jsoup.parse(decoded.text(), base);
        }
    }

    /** Metadata and story paragraphs of a parsed page. The document is modified. */
    public static Page extract(Document doc) {
        JsonNode ld = jsonLd(doc);
        String outlet = first(meta(doc, "og:site_name"), ldName(ld, "publisher"), meta(doc, "application-name"));
        String title = first(
                meta(doc, "og:title"),
                ldText(ld, "headline"),
                meta(doc, "twitter:title"),
                pageTitle(doc, outlet),
                h1(doc));
        String published = first(
                meta(doc, "article:published_time"),
                ldText(ld, "datePublished"),
                itemprop(doc, "datePublished"),
                timeDatetime(doc),
                meta(doc, "date"),
                meta(doc, "pubdate"),
                meta(doc, "publishdate"),
                meta(doc, "dc.date"),
                meta(doc, "dcterms.created"));
        List<String> authors = authors(doc, ld);
        String url = first(link(doc, "canonical"), meta(doc, "og:url"), ldUrl(ld));
        List<String> paragraphs = Readability.paragraphs(doc, title);
        if (paragraphs.isEmpty() && ld != null) {
            String body = ldText(ld, "articleBody");
            if (body != null) {
                paragraphs = body.lines()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
            }
        }
        String language = first(
                clean(
                        doc.selectFirst("html") == null
                                ? null
                                : doc.selectFirst("html").attr("lang")),
                ldText(ld, "inLanguage"),
                meta(doc, "content-language"),
                httpEquiv(doc, "content-language"),
                meta(doc, "og:locale"),
                meta(doc, "dc.language"));
        return new Page(
                title,
                published,
                authors,
                url,
                outlet,
                paragraphs,
                language == null ? null : language.replace('_', '-'));
    }

    private static String httpEquiv(Document doc, String name) {
        for (Element m : doc.select("meta[http-equiv][content]")) {
            if (m.attr("http-equiv").equalsIgnoreCase(name)) {
                return clean(m.attr("content"));
            }
        }
        return null;
    }

    // ---- meta tags ----

    static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property")
                    ? m.attr("property")
                    : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (key.equalsIgnoreCase(name)) {
                String c = clean(m.attr("content"));
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return null;
        }
        return first(clean(e.attr("content")), clean(e.attr("datetime")), clean(e.text()));
    }

    private static String link(Document doc, String rel) {
        for (Element l : doc.select("link[href]")) {
            for (String r : l.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (r.equals(rel)) {
                    String abs = l.absUrl("href");
                    return clean(abs.isEmpty() ? l.attr("href") : abs);
                }
            }
        }
        return null;
    }

    private static String timeDatetime(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        return t == null ? null : clean(t.attr("datetime"));
    }

    private static String h1(Document doc) {
        Element h = doc.selectFirst("article h1, h1");
        return h == null ? null : clean(h.text());
    }

    /** The {@code <title>}, without a trailing " - Outlet" / " | Outlet". */
    private static String pageTitle(Document doc, String outlet) {
        String t = clean(doc.title());
        if (t == null) {
            return null;
        }
        Matcher m = Pattern.compile("^(.{10,}?)\\s+[|–—-]\\s+([^|–—-]{2,40})$").matcher(t);
        if (m.matches()
                && (outlet == null
                        || m.group(2).strip().equalsIgnoreCase(outlet)
                        || m.group(2).strip().split("\\s+").length <= 4)) {
            return m.group(1).strip();
        }
        return t;
    }

    private static List<String> authors(Document doc, JsonNode ld) {
        List<String> out = new ArrayList<>();
        String m = meta(doc, "author");
        if (m != null && !m.startsWith("http")) {
            out.addAll(JsonFields.splitByline(m));
        }
        if (out.isEmpty() && ld != null) {
            JsonNode a = JsonFields.field(ld, "author");
            if (a != null) {
                for (JsonNode e : a.isArray() ? a : List.of(a)) {
                    String n = JsonFields.nameOf(e);
                    if (n != null && !out.contains(n)) {
                        out.add(n);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            String art = meta(doc, "article:author");
            if (art != null && !art.startsWith("http")) {
                out.addAll(JsonFields.splitByline(art));
            }
        }
        if (out.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name]")) {
                String n = clean(e.text());
                if (n != null && !out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    // ---- JSON-LD ----

    /** The page's JSON-LD article object (NewsArticle, Article, BlogPosting, ...), or null. */
    static JsonNode jsonLd(Document doc) {
        JsonNode fallback = null;
        for (Element s : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JsonFields.MAPPER.readTree(s.data());
            } catch (IOException | RuntimeException e) {
                continue;
            }
            List<JsonNode> nodes = new ArrayList<>();
            collect(root, nodes, 0);
            for (JsonNode n : nodes) {
                if (isArticleType(n.get("@type"))) {
                    return n;
                }
                if (fallback == null && n.has("headline")) {
                    fallback = n;
                }
            }
        }
        return fallback;
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 3) {
            return;
        }
        if (n.isArray()) {
            n.forEach(e -> collect(e, out, depth + 1));
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out, depth + 1);
        }
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPE.matcher(type.asText()).matches();
    }

    private static String ldText(JsonNode ld, String field) {
        JsonNode v = ld == null ? null : ld.get(field);
        return v != null && v.isTextual() ? clean(v.asText()) : null;
    }

    private static String ldName(JsonNode ld, String field) {
        if (ld == null) {
            return null;
        }
        JsonNode v = ld.get(field);
        if (v != null && v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return JsonFields.nameOf(v);
    }

    private static String ldUrl(JsonNode ld) {
        if (ld == null) {
            return null;
        }
        String u = ldText(ld, "url");
        if (u != null) {
            return u;
        }
        JsonNode main = ld.get("mainEntityOfPage");
        if (main != null && main.isTextual()) {
            return clean(main.asText());
        }
        if (main != null && main.isObject() && main.get("@id") != null) {
            return clean(main.get("@id").asText());
        }
        return null;
    }

    // ---- helpers ----

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    @SafeVarargs
    static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}

package org.newskg.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newskg.article.WebUrl;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * RSS 2.0, RSS 1.0, Atom and (Google News) sitemaps to {@link Feed}s. The format is told by the
 * root element, not by the Content-Type, which servers often get wrong. Entities from outside
 * the document are never loaded (no XXE); a document that is not well-formed XML is refused with
 * the parser's line and message.
 *
 * <pre>{@code
 * Feed f = FeedParser.parse(bytes, "https://news.example/rss.xml");
 * }</pre>
 */
public final class FeedParser {
    private FeedParser() {}

    /** Not a feed: malformed XML, or XML of another kind. The message says which and where. */
    public static final class FeedException extends Exception {
        public FeedException(String message) {
            super(message);
        }
    }

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP_NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    public static Feed parse(byte[] xml, String feedUrl) throws FeedException {
        Document doc = read(xml);
        Element root = doc.getDocumentElement();
        String name = local(root);
        URI base = URI.create(feedUrl);
        return switch (name) {
            case "rss" -> rss(root, base, "rss");
            case "RDF" -> rss(root, base, "rdf");
            case "feed" -> atom(root, base);
            case "urlset" -> sitemap(root, base);
            case "sitemapindex" -> sitemapIndex(root, base);
            default ->
                throw new FeedException("not RSS, Atom or a sitemap (the document is <" + root.getTagName() + ">)");
        };
    }

    private static Document read(byte[] xml) throws FeedException {
        // feeds written by templates often start with a blank line, which XML forbids before <?xml
        int start = 0;
        while (start < xml.length
                && (xml[start] == ' ' || xml[start] == '\n' || xml[start] == '\r' || xml[start] == '\t')) {
            start++;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null); // errors are thrown, not also printed to stderr
            return b.parse(new ByteArrayInputStream(xml, start, xml.length - start));
        } catch (SAXParseException e) {
            throw new FeedException("malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new FeedException("malformed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("this JVM's XML parser lacks a safety feature: " + e.getMessage(), e);
        }
    }

    // ---- RSS 2.0 and 1.0 ----

    private static Feed rss(Element root, URI base, String format) throws FeedException {
        Element channel = child(root, "channel");
        if (channel == null) {
            throw new FeedException("RSS without a <channel>");
        }
        String title = text(child(channel, "title"));
        String language = first(text(child(channel, "language")), textNs(channel, DC, "language"));
        List<FeedItem> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it
        for (Element item : descendants(format.equals("rdf") ? root : channel, "item")) {
            String link = text(child(item, "link"));
            Element guid = child(item, "guid");
            if (link == null && guid != null && !"false".equalsIgnoreCase(guid.getAttribute("isPermaLink"))) {
                link = text(guid);
            }
            if (format.equals("rdf") && link == null) {
                link = blankToNull(item.getAttributeNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about"));
            }
            String itemTitle = text(child(item, "title"));
            String url = resolve(base, link, itemTitle, skipped);
            if (url == null) {
                continue;
            }
            List<String> authors = new ArrayList<>();
            for (Element a : children(item, "creator")) {
                addName(authors, text(a));
            }
            if (authors.isEmpty()) {
                addName(authors, rssAuthor(text(child(item, "author"))));
            }
            String published = date(first(text(child(item, "pubDate")), textNs(item, DC, "date")));
            items.add(new FeedItem(
                    url, itemTitle, published, authors, first(textNs(item, DC, "language"), language), title));
        }
        return new Feed(format, title, items, List.of(), skipped);
    }

    /** RSS author is an e-mail address, optionally with the name in brackets: "desk@x.example (Ana Ruiz)". */
    private static String rssAuthor(String s) {
        if (s == null) {
            return null;
        }
        int open = s.indexOf('(');
        int close = s.lastIndexOf(')');
        if (open >= 0 && close > open) {
            return s.substring(open + 1, close).strip();
        }
        return s.contains("@") ? null : s;
    }

    // ---- Atom ----

    private static Feed atom(Element root, URI base) {
        String title = text(child(root, "title"));
        String language = lang(root);
        URI feedBase = xmlBase(root, base);
        List<FeedItem> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Element entry : children(root, "entry")) {
            String href = null;
            for (Element link : children(entry, "link")) {
                String rel = link.getAttribute("rel");
                if (rel.isEmpty() || rel.equals("alternate")) {
                    href = blankToNull(link.getAttribute("href"));
                    break;
                }
            }
            String entryTitle = text(child(entry, "title"));
            String url = resolve(xmlBase(entry, feedBase), href, entryTitle, skipped);
            if (url == null) {
                continue;
            }
            List<String> authors = new ArrayList<>();
            for (Element a : children(entry, "author")) {
                addName(authors, text(child(a, "name")));
            }
            if (authors.isEmpty()) {
                for (Element a : children(root, "author")) {
                    addName(authors, text(child(a, "name")));
                }
            }
            String published = date(first(text(child(entry, "published")), text(child(entry, "updated"))));
            items.add(new FeedItem(url, entryTitle, published, authors, first(lang(entry), language), title));
        }
        return new Feed("atom", title, items, List.of(), skipped);
    }

    private static URI xmlBase(Element e, URI base) {
        String b = e.getAttributeNS(XMLConstants.XML_NS_URI, "base");
        if (b.isBlank()) {
            return base;
        }
        try {
            return base.resolve(b.strip());
        } catch (IllegalArgumentException ex) {
            return base;
        }
    }

    private static String lang(Element e) {
        return blankToNull(e.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    }

    // ---- sitemaps ----

    private static Feed sitemap(Element root, URI base) {
        List<FeedItem> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Element u : children(root, "url")) {
            Element news = childNs(u, SITEMAP_NEWS, "news");
            String title = news == null ? null : text(childNs(news, SITEMAP_NEWS, "title"));
            String url = resolve(base, text(child(u, "loc")), title, skipped);
            if (url == null) {
                continue;
            }
            String outlet = null;
            String language = null;
            String published = null;
            if (news != null) {
                Element pub = childNs(news, SITEMAP_NEWS, "publication");
                if (pub != null) {
                    outlet = text(childNs(pub, SITEMAP_NEWS, "name"));
                    language = text(childNs(pub, SITEMAP_NEWS, "language"));
                }
                published = date(text(childNs(news, SITEMAP_NEWS, "publication_date")));
            }
            if (published == null) {
                published = date(text(child(u, "lastmod")));
            }
            items.add(new FeedItem(url, title, published, List.of(), language, outlet));
        }
        return new Feed("sitemap", null, items, List.of(), skipped);
    }

    private static Feed sitemapIndex(Element root, URI base) {
        List<String> maps = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Element s : children(root, "sitemap")) {
            String url = resolve(base, text(child(s, "loc")), null, skipped);
            if (url != null) {
                maps.add(url);
            }
        }
        return new Feed("sitemap-index", null, List.of(), maps, skipped);
    }

    // ---- values ----

    /** An item's link made absolute against the feed's address; null (and a reason) when unusable. */
    private static String resolve(URI base, String link, String title, List<String> skipped) {
        String what = title == null
                ? "an entry"
                : "entry '" + (title.length() > 60 ? title.substring(0, 60) + "..." : title) + "'";
        if (link == null) {
            skipped.add(what + " has no link");
            return null;
        }
        String abs;
        try {
            abs = base.resolve(link.strip().replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            skipped.add(what + ": link '" + link + "' is not a valid URL");
            return null;
        }
        if (!WebUrl.isHttp(abs)) {
            skipped.add(what + ": link '" + link + "' is not an http(s) URL");
            return null;
        }
        return abs;
    }

    private static final DateTimeFormatter RFC_822_LENIENT =
            DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] [zzz][xx]", Locale.ENGLISH);

    /**
     * A feed date as ISO: RFC 822 dates of RSS ("Wed, 05 Mar 2025 08:15:00 GMT", "+0100", "EST")
     * and W3C / ISO dates of Atom and sitemaps ("2025-03-05T10:40:00Z", "2025-03-05") become
     * ISO date-times with their zone (or a date); anything else is kept as given, so a date the
     * pipeline cannot read is still not lost.
     */
    static String date(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toOffsetDateTime()
                    .toString();
        } catch (DateTimeParseException e) {
            // not strict RFC 1123; try the variants below
        }
        try {
            return ZonedDateTime.parse(t, RFC_822_LENIENT).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            // not RFC 822 either
        }
        try {
            return OffsetDateTime.parse(t).toString();
        } catch (DateTimeParseException e) {
            // not an ISO date-time with zone
        }
        try {
            return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t).toString();
        } catch (DateTimeParseException e) {
            return t;
        }
    }

    private static void addName(List<String> names, String name) {
        if (name != null && !name.isBlank() && !names.contains(name.strip())) {
            names.add(name.strip());
        }
    }

    // ---- DOM helpers: feeds mix namespaces freely, so elements are found by local name ----

    private static String local(Node n) {
        String l = n.getLocalName();
        return l != null ? l : n.getNodeName();
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local(e).equals(localName)) {
                return e;
            }
        }
        return null;
    }

    private static Element childNs(Element parent, String ns, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local(e).equals(localName) && ns.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    private static String textNs(Element parent, String ns, String localName) {
        return text(childNs(parent, ns, localName));
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local(e).equals(localName)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.getTextContent().replaceAll("\\s+", " "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}

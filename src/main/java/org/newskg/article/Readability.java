package org.newskg.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the story in a news page, in the manner of Arc90's Readability: page furniture (scripts,
 * navigation, asides, figures, elements whose class or id says comment, related, share, promo,
 * footer ...) is removed; every paragraph scores its parent and grandparent by its length and
 * comma count; scores are weighted by class/id hints (article, content, story, body ...) and cut
 * by link density; the best container and its sibling paragraphs give the story's paragraphs.
 */
final class Readability {

    /** Removed with their content: never story text. */
    private static final String JUNK_TAGS = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "form, button, input, select, textarea, nav, aside, footer, figure, figcaption, picture, img, video, "
            + "audio, dialog, menu, [hidden], [role=navigation], [role=complementary], [role=contentinfo], "
            + "[role=banner], [role=search], [role=dialog], [aria-hidden=true]";

    /** Class/id words of furniture that is removed even when it also says "story" or "article". */
    private static final Pattern STRONG_NEGATIVE = Pattern.compile(
            "comment|disqus|related|recommend|share|sharing|social|promo|sponsor|advert|newsletter|subscri|"
                    + "signup|sign-up|outbrain|taboola|cookie|consent|breadcrumb|footer|sidebar|side-bar|popup|modal|"
                    + "most-?read|most-?popular|trending|read-?more|more-?stories|also-?read|paywall|masthead");
    /** Class/id words of furniture that is removed unless it also says content. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "(^|[-_\\s])(nav|navbar|menu|ad|ads|banner|widget|tags?|topics|header|byline|meta|caption|credit|"
                    + "toolbar|pagination|pager|skip|hidden|print|rss|tools|utility|combx|community|shoutbox|"
                    + "popular|teaser|card|rail)([-_\\s]|$)");

    private static final Pattern POSITIVE =
            Pattern.compile("article|content|story|body|main|entry|post|text|blog|news|column|paragraph|prose|copy");

    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "dd",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "table",
            "ul",
            "tr",
            "td",
            "th",
            "tbody");
    private static final Set<String> PROTECTED = Set.of("html", "body", "article", "main");

    private static final int MIN_PARAGRAPH = 25;

    private Readability() {}

    /** The story's paragraphs in page order; the title, if repeated in the text, is left out. */
    static List<String> paragraphs(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        body.select(JUNK_TAGS).remove();
        double totalText = paragraphTextLength(body);
        removeUnlikely(body, totalText);

        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : scorable(body)) {
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = p.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (ancestor.tagName().equals("html")) {
                    break;
                }
                double share = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                scores.merge(ancestor, initial(ancestor) + share, (a, b) -> a + share);
            }
        }
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            e.setValue(s);
            if (s > best) {
                best = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            top = body;
        }
        List<Element> parts = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null || top == body) {
            parts.add(top);
        } else {
            double threshold = Math.max(10, best * 0.2);
            for (Element sib : parent.children()) {
                if (sib == top) {
                    parts.add(sib);
                    continue;
                }
                Double s = scores.get(sib);
                double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? best * 0.2 : 0;
                if (s != null && s + bonus >= threshold) {
                    parts.add(sib);
                } else if (sib.tagName().equals("p")) {
                    String t = sib.text();
                    double ld = linkDensity(sib);
                    if (t.length() > 80 && ld < 0.25 || t.length() > 0 && ld == 0 && t.matches("(?s).*[.!?\"”]$")) {
                        parts.add(sib);
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (title != null) {
            seen.add(key(title));
        }
        for (Element part : parts) {
            collectParagraphs(part, out, seen);
        }
        return out;
    }

    /**
     * Paragraph texts of a container, in order; lists only when they are not link lists. Walks the
     * tree with an explicit stack rather than recursion: a page of thousands of nested elements
     * (the parser keeps them all) must not overflow the thread's stack.
     */
    private static void collectParagraphs(Element root, List<String> out, Set<String> seen) {
        Deque<Element> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            String tag = e.tagName();
            boolean paragraph = tag.equals("p")
                    || tag.equals("pre")
                    || tag.equals("li")
                    || (tag.equals("div") || tag.equals("section") || tag.equals("span")) && !hasBlockChild(e)
                    || tag.equals("blockquote") && !hasBlockChild(e);
            if (paragraph) {
                if (linkDensity(e) > 0.5) {
                    continue;
                }
                // <br><br> separates paragraphs in pages without <p>
                for (String block : textWithBreaks(e).split("\n\\s*\n")) {
                    String t = HtmlExtractor.clean(block);
                    if (t != null && seen.add(key(t))) {
                        out.add(t);
                    }
                }
                continue;
            }
            if (tag.matches("h[1-6]") || tag.equals("table") && linkDensity(e) > 0.3) {
                continue;
            }
            if ((tag.equals("ul") || tag.equals("ol")) && linkDensity(e) > 0.3) {
                continue;
            }
            List<Element> children = e.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i)); // last pushed, first taken: page order
            }
        }
    }

    /**
     * Removes furniture by class/id hint, unless it holds the story (or most of the page's text).
     * Iterative for the same reason as {@link #collectParagraphs}; a parent is always decided before
     * its children, as in a recursive walk, so the result is the same.
     */
    private static void removeUnlikely(Element root, double totalText) {
        Deque<Element> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            for (Element c : new ArrayList<>(e.children())) {
                if (!PROTECTED.contains(c.tagName()) && unlikely(c) && !holdsStory(c, totalText)) {
                    c.remove();
                } else {
                    todo.push(c);
                }
            }
        }
    }

    private static boolean unlikely(Element e) {
        String hint = hint(e);
        if (hint.isEmpty()) {
            return false;
        }
        if (STRONG_NEGATIVE.matcher(hint).find()) {
            return true;
        }
        return NEGATIVE.matcher(hint).find() && !POSITIVE.matcher(hint).find();
    }

    private static boolean holdsStory(Element e, double totalText) {
        if (e.selectFirst("article, main, [itemprop=articleBody]") != null) {
            return true;
        }
        return totalText > 0
                && paragraphTextLength(e) > 0.6 * totalText
                && e.select("p").size() > 2;
    }

    private static String hint(Element e) {
        return (e.className() + " " + e.id() + " " + e.attr("itemprop") + " " + e.attr("data-component"))
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    /** Paragraph-like elements: p, pre, td, and divs / sections holding only inline content. */
    private static List<Element> scorable(Element body) {
        List<Element> out = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            switch (e.tagName()) {
                case "p", "pre", "td" -> out.add(e);
                case "div", "section", "blockquote" -> {
                    if (!hasBlockChild(e) && !ownText(e).isBlank()) {
                        out.add(e);
                    }
                }
                default -> {}
            }
        }
        return out;
    }

    private static double initial(Element e) {
        double s = switch (e.tagName()) {
            case "article" -> 10;
            case "div", "main" -> 5;
            case "section" -> 3;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            s += 25;
        }
        return s + classWeight(e);
    }

    private static double classWeight(Element e) {
        double w = 0;
        for (String h : new String[] {e.className().toLowerCase(Locale.ROOT), e.id().toLowerCase(Locale.ROOT)}) {
            if (h.isEmpty()) {
                continue;
            }
            if (STRONG_NEGATIVE.matcher(h).find() || NEGATIVE.matcher(h).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(h).find()) {
                w += 25;
            }
        }
        return w;
    }

    static double linkDensity(Element e) {
        int len = e.text().length();
        if (len == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / len);
    }

    private static double paragraphTextLength(Element e) {
        double n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.tagName())) {
                return true;
            }
        }
        return false;
    }

    /** The text of an element with a line break for each {@code <br>}. */
    private static String textWithBreaks(Element e) {
        StringBuilder sb = new StringBuilder();
        e.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                sb.append(t.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element el && el.tagName().equals("br")) {
                sb.append('\n');
            }
        });
        return sb.toString();
    }

    private static String ownText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            } else if (n instanceof Element c) {
                sb.append(c.text());
            }
        }
        return sb.toString();
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

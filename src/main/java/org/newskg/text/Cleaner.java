package org.newskg.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.article.Article;

/**
 * Removes the furniture of news pages from an article's text: related-link teasers, "most read"
 * lists, comment and share prompts, repeated headlines, captions and photo credits, section
 * headings, credit lines and whatever follows them. Reads datelines and credit lines as metadata.
 * Works line by line; every kept piece is recorded in an {@link OffsetMap}.
 */
public final class Cleaner {

    private static final Pattern TEASER = Pattern.compile(
            "(?i)^(also read|read more|read also|see also|related( stories| articles| coverage)?|recommended|"
                    + "more on this|watch|listen|you may also like|trending|top stories)\\b.*");
    private static final Pattern PROMPT = Pattern.compile(
            "(?i)^(leave a (reply|comment)|comments?|your email address will not be published.*|back to top( button)?|"
                    + "share( this( article| story)?)?( on \\w+)?|print|e-?mail|subscribe\\b.*|sign up\\b.*|advertisement|"
                    + "source|sources|explore more articles\\b.*|click here\\b.*|follow us\\b.*|"
                    + "\\(?with inputs from [^)]*\\)?|published by\\b.*|posted (on|at)\\b.*|.*\\bmin read\\b.*|"
                    + "(last )?updated:?\\b.*|copyright\\b.*|all rights reserved.*|-+|[•·*|]+)$");
    private static final Pattern LIST_HEADER =
            Pattern.compile("(?i)^(most (read|popular|viewed|shared)( news| stories| articles)?|popular (now|stories)|"
                    + "latest( news| stories)?|more stories|editor'?s picks|in other news)\\W*$");
    private static final Pattern CAPTION =
            Pattern.compile("(?i)(©|\\(c\\) \\d{4}|\\bphoto(graph)?:|\\bimage:|\\bpicture:|\\bcredit:|getty images|"
                    + "/ ?(reuters|afp|ap|epa|tass|sputnik|anadolu)\\b|\\bap photo\\b)");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^\\(?\\s*((additional )?reporting|writing|written|editing|edited|compiled|produced)( and [a-z]+)? by\\b.*"
                    + "|^.{0,80}\\bcontributed (to )?(this |the )?(report|reporting|story|article)\\W*$");
    private static final Pattern CREDIT_PART = Pattern.compile(
            "(?i)((?:additional )?reporting|writing|written|editing|edited|compiled|produced)(?: and [a-z]+)? by\\s+([^;]+)");
    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][A-Z.'\\- ]{1,40}?(?:, (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d)[A-Z][A-Za-z.]+)?)"
                    // Reuters writes the day after the place: "FRANKFURT, March 3 (Reuters) -"
                    + "(?:, [A-Z][a-z]{2,8}\\.? \\d{1,2})?\\s*\\(([A-Za-z][\\w .&'-]{1,40})\\)\\s*[-–—]+\\s*");
    /** Without the agency: "NAIROBI, Kenya — ", "WASHINGTON — " (a place in capitals, a dash). */
    private static final Pattern BARE_DATELINE = Pattern.compile(
            "^([A-Z][A-Z.'\\-]{2,}(?: [A-Z][A-Z.'\\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)\\s+[—–]\\s+");

    private static final Pattern POSTED = Pattern.compile(
            "(?i)^(?:posted|published)(?: on)?:?\\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}|\\d{1,2} [a-z]+ \\d{4}|\\d{4}-\\d{2}-\\d{2}).*");
    private static final Pattern PUBLISHED_BY = Pattern.compile("(?i)^published by\\s+(.+?)\\s*$");
    private static final String SENTENCE_END = ".!?\"”'’)…:;";
    private static final Pattern NOT_WORD_CHARS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Short lines without closing punctuation are headings, captions or standfirsts. */
    private static final int HEADING_MAX_WORDS = 20;

    public CleanArticle clean(Article article) {
        String raw = article.text();
        List<int[]> lines = lines(raw);
        boolean headlineFirst = "text".equals(article.meta().format());
        // plain text carries its headline as first line (if it has one); other formats give it as metadata
        String headline = headlineFirst ? null : article.meta().title();
        Set<String> seen = new HashSet<>();
        if (headline != null) {
            seen.add(key(headline));
        }
        String datelinePlace = null;
        String outlet = article.meta().outlet();
        String publishedInText = null;
        List<String> authors = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        List<int[]> kept = new ArrayList<>();
        boolean inList = false;
        boolean first = true;
        for (int[] ln : lines) {
            String line = raw.substring(ln[0], ln[1]).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (first && headlineFirst && looksLikeHeadline(line)) {
                first = false;
                headline = line;
                seen.add(key(line));
                continue;
            }
            first = false;
            Matcher posted = POSTED.matcher(line);
            if (posted.matches() && publishedInText == null) {
                publishedInText = parseDate(posted.group(1));
            }
            Matcher by = PUBLISHED_BY.matcher(line);
            if (by.matches() && outlet == null) {
                outlet = by.group(1);
            }
            if (CREDIT.matcher(line).matches()) {
                readCredits(line, authors, editors);
                break; // what follows a credit line is the page's, not the story's
            }
            if (LIST_HEADER.matcher(line).matches()) {
                inList = true;
                continue;
            }
            // lines are stripped, so the last character is the closing punctuation if any
            boolean sentence = SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
            int words = words(line);
            if (inList) {
                if (!sentence || words < 8) {
                    continue;
                }
                inList = false;
            }
            int captionEnd = words < 40 ? creditedCaptionEnd(line) : -1;
            if (captionEnd > 0) {
                // "X meets Y in Tallinn, Tuesday, May 10, 2022. (AP Photo/Name)": the picture's sentence says
                // who met where and when; only its credit is the page's
                line = line.substring(0, captionEnd);
                ln = new int[] {ln[0], ln[0] + raw.substring(ln[0], ln[1]).indexOf(line) + line.length()};
            } else if (TEASER.matcher(line).matches()
                    || PROMPT.matcher(line).matches()
                    || (words < 40 && CAPTION.matcher(line).find())
                    || !seen.add(key(line))
                    || (!sentence && words <= HEADING_MAX_WORDS)) {
                continue;
            }
            int start = ln[0]
                    + (raw.substring(ln[0], ln[1]).length()
                            - raw.substring(ln[0], ln[1]).stripLeading().length());
            Matcher d = DATELINE.matcher(line);
            Matcher bare = BARE_DATELINE.matcher(line);
            if (!d.find() && datelinePlace == null && kept.size() <= 2 && bare.find()) {
                // only where a story starts: further down a capitalised word before a dash is no dateline
                datelinePlace = titleCase(bare.group(1).strip());
                start += bare.end();
            } else if (d.find(0)) {
                // A wire story starts at its dateline: what came before was a teaser or summary.
                if (datelinePlace == null) {
                    kept.clear();
                }
                datelinePlace = titleCase(d.group(1).strip());
                if (outlet == null) {
                    outlet = d.group(2).strip();
                }
                start += d.end();
            }
            int end = ln[0] + raw.substring(ln[0], ln[1]).stripTrailing().length();
            if (start < end) {
                kept.add(new int[] {start, end});
            }
        }
        OffsetMap.Builder b = new OffsetMap.Builder(raw);
        for (int[] k : kept) {
            if (b.length() > 0) {
                b.separator("\n");
            }
            b.piece(k[0], k[1]);
        }
        return new CleanArticle(
                article, headline, b.text(), b.map(), datelinePlace, outlet, authors, editors, publishedInText);
    }

    /**
     * The end of a caption's own sentence before its bracketed picture credit ("... 2022.(AP
     * Photo/Name, Pool)"), or -1 when the line is not such a caption or its sentence is too short to
     * say anything (a bare "Photo: Reuters").
     */
    static int creditedCaptionEnd(String line) {
        if (!line.endsWith(")")) {
            return -1;
        }
        int open = line.lastIndexOf('(');
        if (open <= 0
                || !CAPTION.matcher(line.substring(open)).find()
                        && !line.substring(open).matches("(?i).*\\bvia [A-Z]+\\)")) {
            return -1;
        }
        String own = line.substring(0, open).stripTrailing();
        return own.endsWith(".") && words(own) >= 8 ? own.length() : -1;
    }

    /**
     * A first line is a headline unless it reads as body text: a dateline, or a long line of full
     * sentences (some sources start with the lead paragraph).
     */
    private static boolean looksLikeHeadline(String line) {
        if (DATELINE.matcher(line).find()) {
            return false;
        }
        int words = words(line);
        boolean sentences = line.matches(".*[.!?][\"”’]?\\s+\\p{Lu}.*") || line.endsWith(".");
        return words <= 25 && !(sentences && words > 15);
    }

    private static List<int[]> lines(String raw) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '\n') {
                out.add(new int[] {s, i});
                s = i + 1;
            }
        }
        return out;
    }

    private static String key(String line) {
        return NOT_WORD_CHARS
                .matcher(line.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    /** Whitespace-separated words of a stripped line. */
    private static int words(String line) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    private static void readCredits(String line, List<String> authors, List<String> editors) {
        Matcher m = CREDIT_PART.matcher(line.replaceAll("^\\(|\\)$", ""));
        while (m.find()) {
            boolean editing = m.group(1).toLowerCase(Locale.ROOT).startsWith("edit");
            for (String name : m.group(2).split(",|\\band\\b|;")) {
                String n = name.replaceAll("[()]", "").strip();
                if (n.isEmpty() || n.equalsIgnoreCase("staff")) {
                    continue;
                }
                (editing ? editors : authors).add(n);
            }
        }
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        boolean up = true;
        for (char c : s.toCharArray()) {
            out.append(up ? Character.toUpperCase(c) : Character.toLowerCase(c));
            up = c == ' ' || c == '-' || c == '.' || c == '\'';
        }
        return out.toString();
    }

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE);

    static String parseDate(String s) {
        String t = s.replace(".", "").strip();
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(t, f).toString();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }
}

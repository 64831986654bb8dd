package org.newskg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The article files a gold folder describes, found by name under a few folders (as
 * {@code ../shared/eval/score-set.sh} looks them up), and the sentences of their text: where a gold
 * statement's words are, or the first sentence naming a person, place or post. A plain splitter on
 * sentence ends and line breaks: good enough to show a developer where to look, and no NLP model.
 */
public final class ArticleTexts {

    /** Longest sentence (or passage) printed; longer ones are cut around the match. */
    static final int MAX_CHARS = 300;
    /** Fewest words of a statement's text that must be found together (all of a shorter text). */
    static final int MIN_RUN = 3;

    /** A place in an article: the sentence(s) and, for a text, how many of its words were found. */
    public record Hit(String sentence, int found, int of) {}

    private final List<Path> roots;
    private Map<String, Path> byStem;
    private final Map<String, Text> texts = new HashMap<>();

    public ArticleTexts(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /**
     * The folders searched by default for a gold folder {@code .../eval/gold/SET}: the seeds and the
     * corpus of the shared folder ({@code ../../../seeds}, {@code ../../../corpus}) when they exist.
     */
    public static List<Path> defaultRoots(Path goldDir) {
        List<Path> out = new ArrayList<>();
        Path set = goldDir.toAbsolutePath().normalize();
        Path shared = set.getParent() == null || set.getParent().getParent() == null
                ? null
                : set.getParent().getParent().getParent();
        if (shared != null) {
            for (String d : List.of("seeds", "corpus")) {
                if (Files.isDirectory(shared.resolve(d))) {
                    out.add(shared.resolve(d));
                }
            }
        }
        return out;
    }

    public List<Path> roots() {
        return roots;
    }

    /** The file of an article (gold file stem), or null when none of the folders holds it. */
    public synchronized Path file(String article) {
        if (byStem == null) {
            byStem = new HashMap<>();
            for (Path root : roots) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(Files::isRegularFile).sorted().forEach(p -> {
                        String stem = Gold.stem(p.getFileName().toString());
                        Path had = byStem.get(stem);
                        // the first found wins, a .txt over another extension
                        if (had == null
                                || (!had.toString().endsWith(".txt")
                                        && p.toString().endsWith(".txt"))) {
                            byStem.put(stem, p);
                        }
                    });
                } catch (IOException | UncheckedIOException e) {
                    // a folder that cannot be read holds no article
                }
            }
        }
        return byStem.get(article);
    }

    /** The sentence holding the text (or the longest part of one of the texts found), or null. */
    public Hit findText(String article, List<String> texts) {
        Text t = text(article);
        if (t == null) {
            return null;
        }
        Hit best = null;
        for (String s : texts) {
            Hit h = t.findRun(s);
            if (h != null && (best == null || h.found() * best.of() > best.found() * h.of())) {
                best = h;
            }
        }
        return best;
    }

    /** The first sentence holding one of the names (as whole words, case and accents ignored), or null. */
    public Hit findName(String article, List<String> names) {
        Text t = text(article);
        if (t == null) {
            return null;
        }
        int first = Integer.MAX_VALUE;
        int[] span = null;
        for (String n : names) {
            int[] s = t.occurrence(n, 0);
            if (s != null && s[0] < first) {
                first = s[0];
                span = s;
            }
        }
        return span == null ? null : new Hit(t.sentenceAt(span[0], span[1]), 0, 0);
    }

    /**
     * The sentence naming most of the names (a mention of the kind of meeting counting one more), at
     * least one name; the first of equals. Null when no sentence names any.
     */
    public Hit findMeeting(String article, List<String> names, String kind) {
        Text t = text(article);
        if (t == null) {
            return null;
        }
        List<String> cues = new ArrayList<>();
        if (kind != null) {
            for (String w : Names.key(kind).split(" ")) {
                if (!w.isEmpty()) {
                    cues.add(w.length() > 4 ? w.substring(0, 4) : w); // "talk" for talks, "meet" for meeting
                }
            }
        }
        int best = 0;
        int[] bestSpan = null;
        for (int[] sentence : t.sentences) {
            int score = 0;
            int firstHit = -1;
            for (String n : names) {
                int[] o = t.occurrence(n, sentence[0]);
                if (o != null && o[1] <= sentence[1]) {
                    score += 2;
                    firstHit = firstHit < 0 ? o[0] : Math.min(firstHit, o[0]);
                }
            }
            if (firstHit < 0) {
                continue;
            }
            String key = Names.key(t.raw.substring(sentence[0], sentence[1]));
            for (String c : cues) {
                if (key.startsWith(c) || key.contains(" " + c)) {
                    score += 1;
                    break;
                }
            }
            if (score > best) {
                best = score;
                bestSpan = new int[] {firstHit, firstHit};
            }
        }
        return bestSpan == null ? null : new Hit(t.sentenceAt(bestSpan[0], bestSpan[1]), 0, 0);
    }

    private synchronized Text text(String article) {
        if (texts.containsKey(article)) {
            return texts.get(article);
        }
        Path f = file(article);
        Text t = null;
        if (f != null) {
            try {
                t = new Text(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException | UncheckedIOException e) {
                t = null;
            }
        }
        texts.put(article, t);
        return t;
    }

    /** An article's text as sentences (character spans) and normalised words (with their spans). */
    static final class Text {
        /** A word: letters and digits, dots inside it kept ("U.S"), as {@link Names#key} compares names. */
        private static final Pattern WORD =
                Pattern.compile("[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}]|\\.(?=[\\p{L}\\p{N}]))*");
        /**
         * A sentence ends at a line break or at . ! ? (with closing quotes or brackets) before a space
         * and a capital, digit or opening quote; not after one or two letters, the first a capital, and a dot ("Mr.", "St.", "F.").
         */
        private static final Pattern END = Pattern.compile(
                "(?U)"
                        + "\\n\\s*|(?<![\\s(][A-Z][a-z]?\\.)(?<=[.!?][\"'\u201d\u2019)]{0,2})\\s+(?=[\"'\u201c\u2018(]?[\\p{Lu}\\p{N}])");

        final String raw;
        final List<int[]> sentences = new ArrayList<>();
        final List<String> words = new ArrayList<>();
        final List<int[]> wordSpans = new ArrayList<>();

        Text(String raw) {
            this.raw = raw;
            Matcher m = END.matcher(raw);
            int start = 0;
            while (m.find()) {
                add(start, m.start());
                start = m.end();
            }
            add(start, raw.length());
            Matcher w = WORD.matcher(raw);
            while (w.find()) {
                for (String k : Names.key(w.group()).split(" ")) {
                    if (!k.isEmpty()) {
                        words.add(k);
                        wordSpans.add(new int[] {w.start(), w.end()});
                    }
                }
            }
        }

        private void add(int start, int end) {
            while (start < end && Character.isWhitespace(raw.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(raw.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                sentences.add(new int[] {start, end});
            }
        }

        static List<String> words(String s) {
            List<String> out = new ArrayList<>();
            Matcher w = WORD.matcher(s == null ? "" : s);
            while (w.find()) {
                for (String k : Names.key(w.group()).split(" ")) {
                    if (!k.isEmpty()) {
                        out.add(k);
                    }
                }
            }
            return out;
        }

        /** The first occurrence of the words of {@code name} in a row at or after {@code from}: its character span. */
        int[] occurrence(String name, int from) {
            List<String> n = words(name);
            if (n.isEmpty()) {
                return null;
            }
            for (int i = 0; i + n.size() <= words.size(); i++) {
                if (wordSpans.get(i)[0] < from) {
                    continue;
                }
                boolean all = true;
                for (int j = 0; j < n.size() && all; j++) {
                    all = words.get(i + j).equals(n.get(j));
                }
                if (all) {
                    return new int[] {wordSpans.get(i)[0], wordSpans.get(i + n.size() - 1)[1]};
                }
            }
            return null;
        }

        /** The longest run of the text's words found in a row in the article, or null when too short. */
        Hit findRun(String text) {
            List<String> g = words(text);
            if (g.isEmpty()) {
                return null;
            }
            // longest common run of words: dynamic programming over (article word, text word)
            int[] prev = new int[g.size() + 1];
            int bestLen = 0;
            int bestEnd = -1;
            for (int i = 1; i <= words.size(); i++) {
                int[] cur = new int[g.size() + 1];
                for (int j = 1; j <= g.size(); j++) {
                    if (words.get(i - 1).equals(g.get(j - 1))) {
                        cur[j] = prev[j - 1] + 1;
                        if (cur[j] > bestLen) {
                            bestLen = cur[j];
                            bestEnd = i - 1;
                        }
                    }
                }
                prev = cur;
            }
            if (bestLen < Math.min(MIN_RUN, g.size())) {
                return null;
            }
            int from = wordSpans.get(bestEnd - bestLen + 1)[0];
            int to = wordSpans.get(bestEnd)[1];
            return new Hit(sentenceAt(from, to), bestLen, g.size());
        }

        /** The sentence(s) covering a span, cut to {@link #MAX_CHARS} around the span's start. */
        String sentenceAt(int from, int to) {
            to = Math.max(to, from + 1);
            int s = from;
            int e = to;
            for (int[] sent : sentences) {
                if (sent[0] <= from && from < sent[1]) {
                    s = sent[0];
                }
                if (sent[0] < to && to <= sent[1]) {
                    e = sent[1];
                }
            }
            return cut(raw, s, e, from);
        }
    }

    /** {@code text[s, e)} on one line, at most {@link #MAX_CHARS} characters, kept around {@code focus}. */
    static String cut(String text, int s, int e, int focus) {
        if (e - s > MAX_CHARS) {
            int start = Math.max(s, Math.min(focus - MAX_CHARS / 3, e - MAX_CHARS));
            int end = start + MAX_CHARS;
            // whole words: after a space at the start, before one at the end
            int space = text.indexOf(' ', start);
            if (start > s && space > start && space < start + 40) {
                start = space + 1;
            }
            space = text.lastIndexOf(' ', end);
            if (end < e && space > end - 40) {
                end = space;
            }
            return oneLine((start > s ? "\u2026 " : "") + text.substring(start, end) + (end < e ? " \u2026" : ""));
        }
        return oneLine(text.substring(s, e));
    }

    private static final Pattern WHITE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Whitespace runs (no-break spaces too) as one space. */
    static String oneLine(String s) {
        return WHITE.matcher(s).replaceAll(" ").strip();
    }
}

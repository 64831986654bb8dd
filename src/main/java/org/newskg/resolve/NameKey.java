package org.newskg.resolve;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.newskg.util.Memo;

/**
 * The one normalisation of names, in two strengths. Grouping mentions in an article, naming nodes
 * across articles and filing and finding names in the Wikidata index all use it, so a name that
 * meets another in one place meets it in all of them.
 *
 * <ul>
 *   <li>{@link #plain}: how the name is written, without case, accents or punctuation: "U.S." and
 *       "US" are "us", "José Álvarez" is "jose alvarez", "Lech Wałęsa" is "lech walesa".
 *   <li>{@link #of}: the matching key, {@code plain} with the letters transliterations and
 *       misspellings disagree on folded (Sergei/Sergey/Sergej, Zelensky/Zelenskyy/Zelenskiy,
 *       Kiev/Kyiv, Kharkov/Kharkiv, Matthew/Mathew). For matching only: it does not read as the name.
 * </ul>
 *
 * <p>Neither is an IRI: {@link CrossArticleIdentity#entity} shows a key in the {@link Spellings}
 * of a fixed list, so that node IRIs read as names and still follow the key.
 *
 * <pre>{@code
 * NameKey.of("Zelenskiy").equals(NameKey.of("Zelensky"))   // true
 * NameKey.plain("Zelenskiy")                                 // "zelenskiy"
 * }</pre>
 */
public final class NameKey {
    private NameKey() {}

    /**
     * Version of {@link #of}; the Wikidata index stores it beside its precomputed keys, which are
     * only trusted when made by the same folding. Bump it whenever {@code of} or {@code plain} change.
     */
    public static final int VERSION = 2;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Names recur within and across articles; folding one takes a dozen string passes. */
    private static final Memo<String, String> KEYS = new Memo<>(200_000, NameKey::compute);

    /** The matching key: {@link #plain} with every word {@linkplain #fold folded}; "" for null. */
    public static String of(String name) {
        return name == null ? "" : KEYS.get(name);
    }

    /**
     * Lower case, accents and ligatures taken off (ø, ł, ß and the like spelled out in ASCII), dots
     * and apostrophes dropped ("U.S." = "US", "O'Brien" = "OBrien"), any other run of non-letters a
     * single space; "" for null.
     */
    public static String plain(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = s;
        if (!isAscii(t)) {
            t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll("");
        }
        StringBuilder b = new StringBuilder(t.length());
        boolean space = true; // no leading space
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            String rep = switch (c) {
                case 'ø', 'Ø' -> "o";
                case 'ł', 'Ł' -> "l";
                case 'đ', 'Đ', 'ð', 'Ð' -> "d";
                case 'ß' -> "ss";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ı' -> "i";
                case 'þ', 'Þ' -> "th";
                case '.', '\'', '’', '‘', 'ʼ', 'ʻ', '`', '´' -> "";
                default -> null;
            };
            if (rep != null) {
                b.append(rep);
                space &= rep.isEmpty();
            } else if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') {
            b.setLength(n - 1);
        }
        return b.toString();
    }

    private static String compute(String name) {
        String p = plain(name);
        if (p.isEmpty()) {
            return p;
        }
        StringBuilder out = new StringBuilder(p.length());
        for (String w : p.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(fold(w));
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Folds one {@link #plain} word: the letters romanisations disagree on (x/ks, kh/h, y/i, j/i after
     * a vowel, the -ev/-ov/-iv ending), and doubled letters (Zelenskyy, Odessa, Matthew). Words of one
     * or two letters ("us", "uk", "eu") stay as they are.
     *
     * <p>This is the folding the Wikidata index was tuned with. An earlier, second folding grouped
     * the names of an article (it also took w for v, ph for f, every j for i): on the development set
     * it made no difference to grouping, and in the index it cost links ("Kanjin" met "Kanin").
     */
    public static String fold(String tok) {
        if (tok.length() <= 2) {
            return tok; // codes such as "us", "uk", "eu" stay as they are
        }
        String t = tok;
        if (t.indexOf('x') >= 0) {
            t = t.replace("x", "ks");
        }
        if (t.indexOf("kh") >= 0) {
            t = t.replace("kh", "h");
        }
        t = t.replace('y', 'i');
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 'j' && i > 0 && isVowel(t.charAt(i - 1))) {
                c = 'i';
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) == c && Character.isLetter(c)) {
                continue; // collapse doubled letters: Zelenskyy -> zelenski, Odessa -> odesa
            }
            b.append(c);
        }
        int n = b.length();
        if (n > 2 && b.charAt(n - 1) == 'v') { // -ev/-ov/-iv -> -v: Kiev/Kyiv, Kharkov/Kharkiv
            int i = n - 2;
            while (i > 0 && (b.charAt(i) == 'e' || b.charAt(i) == 'o' || b.charAt(i) == 'i')) {
                i--;
            }
            if (i < n - 2) {
                b.delete(i + 1, n - 1);
            }
        }
        return b.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}

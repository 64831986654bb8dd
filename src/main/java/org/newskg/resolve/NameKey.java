package org.newskg.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newskg.util.Memo;

/**
 * A spelling-insensitive key for names: case, accents, punctuation and common transliteration
 * variants (Sergei/Sergey, Zelensky/Zelenskyy, Kiev/Kyiv, Dmitri/Dmitry) fold to one key, so the same
 * person or place spelled two ways is one node.
 */
public final class NameKey {
    private NameKey() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern NOT_WORD_CHARS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern VARIANT_ENDING = Pattern.compile("(iy|yy|ii|ij|yi|ey|ei|y)$");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

    /** Names recur within and across articles; folding one takes a dozen string passes. */
    private static final Memo<String, String> KEYS = new Memo<>(200_000, NameKey::compute);

    public static String of(String name) {
        return KEYS.get(name);
    }

    private static String compute(String name) {
        String s = isAscii(name)
                ? name
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
                        .replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace("’", "'").replace(".", "");
        if (s.indexOf('\'') >= 0) {
            s = POSSESSIVE.matcher(s).replaceAll("");
        }
        s = NOT_WORD_CHARS.matcher(s).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
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

    /** Folds one lower-case word: the letters that transliterations disagree on. */
    static String fold(String w) {
        if (w.length() <= 2) {
            return w;
        }
        String f = w;
        f = VARIANT_ENDING.matcher(f).replaceAll("i");
        f = f.replace("ie", "i").replace("yi", "i").replace("y", "i").replace("j", "i");
        f = f.replace("kh", "h").replace("ck", "k").replace("ph", "f").replace("w", "v");
        f = f.replace("ks", "x").replace("ts", "c").replace("tz", "c");
        f = DOUBLED.matcher(f).replaceAll("$1");
        return f;
    }
}

package org.newskg.resolve;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A spelling-insensitive key for names: case, accents, punctuation and common transliteration
 * variants (Sergei/Sergey, Zelensky/Zelenskyy, Kiev/Kyiv, Dmitri/Dmitry) fold to one key, so the same
 * person or place spelled two ways is one node.
 */
public final class NameKey {
    private NameKey() {}

    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace("’", "'").replace(".", "");
        s = s.replaceAll("'s\\b", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
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

    /** Folds one lower-case word: the letters that transliterations disagree on. */
    static String fold(String w) {
        if (w.length() <= 2) {
            return w;
        }
        String f = w;
        f = f.replaceAll("(iy|yy|ii|ij|yi|ey|ei|y)$", "i");
        f = f.replace("ie", "i").replace("yi", "i").replace("y", "i").replace("j", "i");
        f = f.replace("kh", "h").replace("ck", "k").replace("ph", "f").replace("w", "v");
        f = f.replace("ks", "x").replace("ts", "c").replace("tz", "c");
        f = f.replaceAll("(.)\\1+", "$1");
        return f;
    }
}

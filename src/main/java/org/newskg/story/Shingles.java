package org.newskg.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A body as a set of hashed word shingles (runs of {@link #SIZE} words), the unit two copies of a
 * story are compared in. Words are lower-cased letters and digits only, so quotation marks,
 * dashes and spacing that differ between outlets' styles do not count. Paragraphs shorter than
 * {@link #MIN_PARAGRAPH_WORDS} words are left out: what remains of outlet furniture after page
 * cleaning ("Share this story", "Reporting by ...", "Related: ...") is short, and a copy should
 * not look different, or two stories alike, because of it.
 */
public final class Shingles {
    private Shingles() {}

    public static final int SIZE = 5;
    public static final int MIN_PARAGRAPH_WORDS = 8;

    /** The shingle hashes of {@code body} (paragraphs separated by blank lines or newlines). */
    public static Set<Long> of(String body) {
        List<String> words = new ArrayList<>();
        for (String paragraph : body.split("\\n")) {
            List<String> w = words(paragraph);
            if (w.size() >= MIN_PARAGRAPH_WORDS) {
                words.addAll(w);
            }
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SIZE <= words.size(); i++) {
            out.add(hash(String.join(" ", words.subList(i, i + SIZE))));
        }
        return out;
    }

    static List<String> words(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : t.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** 64-bit FNV-1a: stable across runs and JVMs (String.hashCode is only 32 bits). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

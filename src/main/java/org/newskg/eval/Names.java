package org.newskg.eval;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text comparisons of the gold matching rules (GOLD_FORMAT.md): names compared case-, accent- and
 * punctuation-insensitively ("U.S." = "US"), an optional leading "the" for institution speakers, token
 * Dice overlap for statement texts and role labels, and Wikidata QIDs taken from IRIs or bare ids.
 */
public final class Names {
    private Names() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern QID = Pattern.compile("(Q\\d+)$");

    /** Lower case without accents; dots dropped (so "U.S." = "US"), other punctuation a space, spaces collapsed. */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        t = t.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(".", "");
        t = NOT_WORD.matcher(t).replaceAll(" ");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** {@link #key} without a leading "the": "the Kremlin" = "Kremlin". */
    public static String institutionKey(String s) {
        String k = key(s);
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /** The distinct normalised tokens of a text. */
    public static Set<String> tokens(String s) {
        String k = key(s);
        return k.isEmpty() ? Set.of() : new HashSet<>(List.of(k.split(" ")));
    }

    /** Token Dice overlap of two texts: 2|A∩B| / (|A|+|B|), 0 when either has no token. */
    public static double dice(String a, String b) {
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0.0;
        }
        int common = 0;
        for (String t : ta) {
            if (tb.contains(t)) {
                common++;
            }
        }
        return 2.0 * common / (ta.size() + tb.size());
    }

    /** The QID a Wikidata IRI or bare id ends with ("http://www.wikidata.org/entity/Q7747" -> "Q7747"), or null. */
    public static String qid(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        Matcher m = QID.matcher(v.strip());
        return m.find() ? m.group(1) : null;
    }
}

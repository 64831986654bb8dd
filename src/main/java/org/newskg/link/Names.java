package org.newskg.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newskg.util.Memo;

/**
 * Name keys shared by the index builder and the index: one function maps every spelling of a
 * name to the key it is filed under, so that "U.S." meets "US" and "Sergei" meets "Sergey".
 *
 * <pre>{@code
 * Names.key("Zelenskiy") .equals(Names.key("Zelensky"))   // true
 * Names.roleKey("foreign minister") .equals(Names.roleKey("Minister of Foreign Affairs")) // true
 * }</pre>
 */
public final class Names {
    private Names() {}

    /**
     * Version of {@link #key}; stored in the index so that keys precomputed by the builder are
     * only trusted when they were made by the same folding. Bump it whenever {@code key} changes.
     */
    public static final int KEY_VERSION = 1;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LATIN = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

    /** True if the name has letters and all of them are Latin script (drops Cyrillic, CJK, Arabic...). */
    public static boolean isLatin(String s) {
        return s != null
                && HAS_LETTER.matcher(s).find()
                && !NOT_LATIN.matcher(s).find();
    }

    /**
     * Surface normalisation without transliteration folding: lower case, no diacritics, no
     * dots or apostrophes, other punctuation as space, single spaces.
     */
    public static String plain(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = s;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
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
                case '.', '\'', '’', '‘', 'ʼ', 'ʻ', '`', '´' -> ""; // "U.S." == "US"
                default -> null;
            };
            if (rep != null) {
                b.append(rep);
                if (!rep.isEmpty()) {
                    space = false;
                }
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

    /** The index key: {@link #plain} plus transliteration folding of each token. */
    public static String key(String s) {
        return KEYS.get(s);
    }

    /** Every lookup of a surface form starts here; the same names come back all the time. */
    private static final Memo<String, String> KEYS = new Memo<>(200_000, Names::computeKey);

    private static String computeKey(String s) {
        String p = plain(s);
        if (p.isEmpty()) {
            return p;
        }
        String[] toks = p.split(" ");
        StringBuilder b = new StringBuilder(p.length());
        for (String tok : toks) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(foldToken(tok));
        }
        return b.toString();
    }

    /**
     * Generic folding of romanisation variants inside one lower-case token:
     * x/ks, kh/h, y/i, j/i after a vowel, doubled letters, and the -ev/-ov/-iv ending
     * (Kiev/Kyiv, Kharkov/Kharkiv). Sergei/Sergey/Sergej, Zelensky/Zelenskyy/Zelenskiy,
     * Dmitry/Dmitri and Yuri/Yury meet this way.
     */
    static String foldToken(String tok) {
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
        // -ev/-ov/-iv ending -> -v
        int n = b.length();
        if (n > 2 && b.charAt(n - 1) == 'v') {
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

    /**
     * A full name whose last word writes an umlaut as two letters, folded as the index folds the
     * umlaut ("Gerhard Schroeder" -> "Gerhard Schroder", the key of "Gerhard Schröder"); the name
     * itself when its surname has no such pair.
     */
    public static String umlautFolded(String name) {
        int space = name.lastIndexOf(' ');
        String surname = name.substring(space + 1);
        String folded = surname.replaceAll("(?<=\\p{L})oe", "o").replaceAll("(?<=\\p{L})ue", "u");
        return name.substring(0, space + 1) + folded;
    }

    /** Tokens of a person name without generational suffixes (Jr., III) and initials. */
    public static List<String> nameTokens(String name) {
        return keyTokens(key(name));
    }

    /** {@link #nameTokens} of a name already in {@link #key} form. */
    public static List<String> keyTokens(String key) {
        String[] toks = key.split(" ");
        List<String> out = new ArrayList<>(toks.length);
        for (String t : toks) {
            if (t.isEmpty()) {
                continue;
            }
            out.add(t);
        }
        while (out.size() > 1 && isSuffix(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** "jr", "iii" and the like, in key form. */
    public static boolean isGenerationalSuffix(String t) {
        return isSuffix(t);
    }

    private static boolean isSuffix(String t) {
        return switch (t) {
            case "jr", "sr", "ii", "iii", "iv", "v", "vi" -> true;
            default -> false;
        };
    }

    // ---------------------------------------------------------------- roles

    /** Word-level synonyms applied to role wordings before keying (generic office vocabulary). */
    private static final String[][] ROLE_SYNONYMS = {
        {"defense", "defence"},
        {"premier", "prime minister"},
        {"foreign", "foreign affairs"},
        {"foreign affairs affairs", "foreign affairs"},
        {"external affairs", "foreign affairs"},
        {"interior", "internal affairs"},
        {"home affairs", "internal affairs"},
        {"labor", "labour"},
        {"chairperson", "chairman"},
        {"chair", "chairman"},
        {"minister for", "minister of"},
        {"secretary for", "secretary of"},
        {"minister of the", "minister of"},
        {"secretary of the", "secretary of"},
    };

    /**
     * Canonical key of an office wording: "foreign minister", "Minister for Foreign Affairs"
     * and "Minister of Foreign Affairs" give the same key; "Defense Secretary" and
     * "Secretary of Defence" too. Country words must have been removed by the caller.
     */
    public static String roleKey(String role) {
        String p = " " + plain(role) + " ";
        p = p.replace(" and ", " ").replace(" & ", " ");
        // "<field> minister" -> "minister of <field>" (not for "prime minister", "deputy minister")
        p = invert(p, "minister");
        p = invert(p, "secretary");
        for (String[] syn : ROLE_SYNONYMS) {
            p = p.replace(" " + syn[0] + " ", " " + syn[1] + " ");
        }
        return p.trim().replaceAll("\\s+", " ");
    }

    private static final java.util.Set<String> ROLE_PREFIXES = java.util.Set.of(
            "prime",
            "deputy",
            "first",
            "vice",
            "chief",
            "state",
            "general",
            "cabinet",
            "acting",
            "senior",
            "junior",
            "assistant",
            "permanent",
            "under",
            "principal",
            "executive",
            "press",
            "private",
            "parliamentary",
            "former",
            "the",
            "a",
            "an",
            "minister",
            "secretary");

    private static String invert(String p, String head) {
        String h = " " + head + " ";
        int i = p.indexOf(h);
        if (i <= 0 || p.contains(h.trim() + " of ") || p.contains(h.trim() + " for ")) {
            return p;
        }
        String before = p.substring(0, i).trim();
        String after = p.substring(i + h.length()).trim();
        if (before.isEmpty() || !after.isEmpty()) {
            return p;
        }
        String[] words = before.split(" ");
        // keep leading modifiers (deputy, first, ...) in front
        int k = 0;
        while (k < words.length && ROLE_PREFIXES.contains(words[k])) {
            k++;
        }
        if (k == words.length) {
            return p; // "prime minister", "deputy secretary"
        }
        String mods = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
        String field = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
        return " " + (mods.isEmpty() ? "" : mods + " ") + head + " of " + field + " ";
    }
}

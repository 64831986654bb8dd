package org.newskg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newskg.resolve.NameKey;

/**
 * What the index builder and the index do with names beyond {@link NameKey} (the one key every
 * name is filed and found under): Latin script only, person-name tokens without generational
 * suffixes, the umlaut written as two letters, and one key for the wordings of an office.
 *
 * <pre>{@code
 * Names.roleKey("foreign minister") .equals(Names.roleKey("Minister of Foreign Affairs")) // true
 * }</pre>
 */
public final class Names {
    private Names() {}

    private static final Pattern NOT_LATIN = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

    /** True if the name has letters and all of them are Latin script (drops Cyrillic, CJK, Arabic...). */
    public static boolean isLatin(String s) {
        return s != null
                && HAS_LETTER.matcher(s).find()
                && !NOT_LATIN.matcher(s).find();
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
        return keyTokens(NameKey.of(name));
    }

    /** {@link #nameTokens} of a name already in {@link NameKey#of} form. */
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
        String p = " " + NameKey.plain(role) + " ";
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

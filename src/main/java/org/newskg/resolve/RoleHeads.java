package org.newskg.resolve;

import java.util.Locale;
import java.util.Map;
import org.newskg.nlp.WordList;

/** One key per post whatever the wording: "spokeswoman" = "spokesman", "minister of foreign affairs" = "foreign minister". */
public final class RoleHeads {
    private static final Map<String, String> SYNONYMS = WordList.loadMap("role-synonyms");

    private RoleHeads() {}

    public static String normalise(String head) {
        String h = head.toLowerCase(Locale.ROOT).strip();
        return SYNONYMS.getOrDefault(h, h);
    }
}

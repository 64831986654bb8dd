package org.newskg.resolve;

import java.util.Locale;
import java.util.Map;

/** One key per post whatever the wording: "spokeswoman" = "spokesman", "minister of foreign affairs" = "foreign minister". */
public final class RoleHeads {
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("spokeswoman", "spokesman"),
            Map.entry("spokesperson", "spokesman"),
            Map.entry("press secretary", "spokesman"),
            Map.entry("minister of foreign affairs", "foreign minister"),
            Map.entry("foreign affairs minister", "foreign minister"),
            Map.entry("defense minister", "defence minister"),
            Map.entry("minister of defence", "defence minister"),
            Map.entry("minister of defense", "defence minister"),
            Map.entry("premier", "prime minister"),
            Map.entry("chairwoman", "chairman"),
            Map.entry("chairperson", "chairman"),
            Map.entry("chair", "chairman"),
            Map.entry("head of state", "president"));

    private RoleHeads() {}

    public static String normalise(String head) {
        String h = head.toLowerCase(Locale.ROOT).strip();
        return SYNONYMS.getOrDefault(h, h);
    }
}

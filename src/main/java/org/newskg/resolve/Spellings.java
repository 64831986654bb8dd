package org.newskg.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The spelling an unlinked node's IRI shows for each matching key: "paola-ferrante" rather than
 * the key's "paola-ferante", and the same IRI for every spelling that has the key.
 *
 * <p>Why a table: the IRI is the only identity a node has across articles, so it must follow the
 * key, or two spellings that are one node today ("Matthew Tait", "Mathew Tait") would become two;
 * and it must not depend on which article came first, since a store is rebuilt in any order. A
 * key cannot be read back into a name ("ferante" was "Ferrante" or "Ferante"), so each word of the
 * key is shown as the spelling of that key most common in a fixed list of names (the Wikidata
 * index's labels and aliases; ties go to the alphabetically first), and as the key itself when the
 * list has no word with that key. The IRI is a function of the key and the list alone, whatever
 * the order of ingest; a rebuilt index may change a shown spelling, as it may change a link.
 */
public final class Spellings {
    /** No list: every word shows as its key (tests, tools that map without the index). */
    public static final Spellings NONE = new Spellings(Map.of());

    private final Map<String, String> byKey;

    private Spellings(Map<String, String> byKey) {
        this.byKey = byKey;
    }

    /** The table of a list of names, each split into {@link NameKey#plain} words. */
    public static Spellings of(Iterable<String> names) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (String name : names) {
            String p = NameKey.plain(name);
            if (p.isEmpty()) {
                continue;
            }
            for (String w : p.split(" ")) {
                if (isAsciiWord(w)) {
                    counts.computeIfAbsent(NameKey.fold(w), k -> new HashMap<>(2))
                            .merge(w, 1, Integer::sum);
                }
            }
        }
        Map<String, String> byKey = new HashMap<>(counts.size() * 2);
        counts.forEach((key, spellings) -> {
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> e : spellings.entrySet()) {
                int c = e.getValue();
                if (c > bestCount || c == bestCount && e.getKey().compareTo(best) < 0) {
                    best = e.getKey();
                    bestCount = c;
                }
            }
            if (!best.equals(key)) {
                byKey.put(key, best); // a word that is its own key needs no entry
            }
        });
        return new Spellings(byKey);
    }

    private static boolean isAsciiWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /**
     * The slug of a name's key: its words' agreed spellings joined by hyphens. Equal for any two
     * names with one {@link NameKey#of key}; "" for a name without letters or digits.
     */
    public String slug(String name) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return key;
        }
        StringJoiner out = new StringJoiner("-");
        for (String k : key.split(" ")) {
            out.add(byKey.getOrDefault(k, k));
        }
        return out.toString();
    }
}

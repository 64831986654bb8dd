package org.newskg.nlp;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The courtesy titles of {@code courtesy-titles.txt} ("Mr", "Dr", "Sir"): which take a surname and
 * which gender they imply. One list, so that name finding, grouping, linking and gender agree on
 * what "Mr" means. Words are lower case without a full stop: callers pass "mr" for "Mr.".
 *
 * <pre>{@code
 * Lexicon.COURTESY_TITLES.takesSurname("mrs")   // true
 * Lexicon.COURTESY_TITLES.gender("mrs")         // 'f'
 * Lexicon.COURTESY_TITLES.takesSurname("sir")   // false: "Sir Keir" is a first name
 * }</pre>
 */
public final class CourtesyTitles {

    /** One title: whether a single name after it is a surname, and the gender it implies or null. */
    record Title(String word, boolean takesSurname, Character gender) {}

    private final Map<String, Title> titles;
    private final Set<String> words;

    private CourtesyTitles(Map<String, Title> titles) {
        this.titles = Map.copyOf(titles);
        this.words = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(titles.keySet()));
    }

    /** The named word list ({@code title} or {@code title = surname|given [m|f]} a line). */
    public static CourtesyTitles load(String name) {
        return parse(name, WordList.load(name));
    }

    static CourtesyTitles parse(String name, Set<String> entries) {
        Map<String, Title> out = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            String word = (eq < 0 ? entry : entry.substring(0, eq)).strip();
            boolean surname = false;
            Character gender = null;
            if (eq >= 0) {
                for (String mark : entry.substring(eq + 1).strip().split("\\s+")) {
                    switch (mark) {
                        case "surname" -> surname = true;
                        case "given" -> surname = false;
                        case "m", "f" -> gender = mark.charAt(0);
                        default ->
                            throw new IllegalStateException("word list " + WordList.FOLDER + name + ".txt: '" + entry
                                    + "': '" + mark + "' is not surname, given, m or f");
                    }
                }
            }
            out.put(word, new Title(word, surname, gender));
        }
        return new CourtesyTitles(out);
    }

    /** Every title, in file order. */
    public Set<String> words() {
        return words;
    }

    public boolean isTitle(String word) {
        return titles.containsKey(word);
    }

    /** Whether a single name after {@code word} is a surname: "Mr Howard", "Dr Li". */
    public boolean takesSurname(String word) {
        Title t = titles.get(word);
        return t != null && t.takesSurname();
    }

    /** The titles that take a surname ("mr", "mrs", "ms", "miss", "dr"), in file order. */
    public Set<String> surnameTitles() {
        Set<String> out = new LinkedHashSet<>();
        titles.values().stream().filter(Title::takesSurname).forEach(t -> out.add(t.word()));
        return out;
    }

    /** 'm' or 'f' for a title that implies a gender ("mr", "mrs"), else null. */
    public Character gender(String word) {
        Title t = titles.get(word);
        return t == null ? null : t.gender();
    }

    /**
     * The gender implied by a title that {@code lower} (lower case) ends with, with or without a
     * full stop: "... said mrs." is 'f'; null when it ends with no gendered title.
     */
    public Character genderOfTitleEnding(String lower) {
        for (Title t : titles.values()) {
            if (t.gender() != null && (lower.endsWith(t.word()) || lower.endsWith(t.word() + "."))) {
                return t.gender();
            }
        }
        return null;
    }
}

package org.newskg.eval;

import java.util.List;
import java.util.Set;

/**
 * One item the scoring did not pair, for the report by article: a missed gold item or a false hit (a
 * system item that matched no gold item and is no duplicate). Collected by the scorers beside their
 * figures; the figures do not depend on it.
 *
 * @param area     {@code persons}, {@code locations}, {@code roles}, {@code statements} or {@code meetings}
 * @param missed   true for a missed gold item, false for a false hit
 * @param label    what to print: the speaker and text, the meeting, the name, the person and post
 * @param articles the articles (gold file stems) the item belongs to: those whose gold lists a missed
 *                 item; for a false statement its article; empty for other false hits (their articles
 *                 are those of their mentions in the store)
 * @param node     a false hit's node in the store (for roles: the person holding the post), else null
 * @param search   how to find a missed item's sentence in the article text
 * @param probes   what to look for: texts of a statement, names of a person or place, labels of a
 *                 role, names of a meeting's parties and place; for a false role, its label
 * @param cue      a meeting's kind (a sentence naming it is preferred), else null
 */
public record Finding(
        String area,
        boolean missed,
        String label,
        Set<String> articles,
        String node,
        Search search,
        List<String> probes,
        String cue) {

    /** How a missed item's sentence is looked for. */
    public enum Search {
        /** the sentence holding the text, or the longest part of it found in the article */
        TEXT,
        /** the first sentence holding one of the names */
        NAME,
        /** the sentence naming most of the parties (and the kind of meeting), at least one */
        MEETING
    }

    static Finding missed(
            String area, String label, Set<String> articles, Search search, List<String> probes, String cue) {
        return new Finding(area, true, label, Set.copyOf(articles), null, search, List.copyOf(probes), cue);
    }

    static Finding falseHit(String area, String label, Set<String> articles, String node, List<String> probes) {
        return new Finding(area, false, label, Set.copyOf(articles), node, null, List.copyOf(probes), null);
    }
}

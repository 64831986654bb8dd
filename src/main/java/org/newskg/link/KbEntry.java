package org.newskg.link;

import java.util.List;

/**
 * One entry of the offline Wikidata index.
 *
 * @param qid        Wikidata item id, e.g. "Q7747"
 * @param type       kind of entry
 * @param label      preferred English label
 * @param aliases    other names (Latin script only; codes such as "US" and demonyms not included)
 * @param countryQid country of a person, place, or position (null if none or unknown)
 * @param prominence larger is better known: population for places, weighted office count for
 *                   persons, number of holders for positions
 * @param holdings   positions held (persons only; empty otherwise)
 */
public record KbEntry(
        String qid,
        KbType type,
        String label,
        List<String> aliases,
        String countryQid,
        long prominence,
        List<Holding> holdings) {
    public KbEntry {
        aliases = List.copyOf(aliases);
        holdings = List.copyOf(holdings);
    }

    /** Whether this person held the position at the date (any time if the date is null). */
    public boolean held(String positionQid, String isoDate) {
        for (Holding h : holdings) {
            if (h.positionQid().equals(positionQid) && h.coversDate(isoDate)) {
                return true;
            }
        }
        return false;
    }
}

package org.newskg.link;

import java.util.Map;

/**
 * What linking found for one article: per local entity its Wikidata entry, per role mention index
 * its position item, per country name its entry.
 */
public record Links(Map<Integer, KbEntry> entities, Map<Integer, KbEntry> positions, Map<String, KbEntry> countries) {
    public Links {
        entities = Map.copyOf(entities);
        positions = Map.copyOf(positions);
        countries = Map.copyOf(countries);
    }

    public static Links none() {
        return new Links(Map.of(), Map.of(), Map.of());
    }
}

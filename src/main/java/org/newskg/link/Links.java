package org.newskg.link;

import java.util.Map;
import org.newskg.extract.RoleMention;
import org.newskg.resolve.LocalEntity;

/**
 * What linking found for one article: per local entity its Wikidata entry, per role mention its
 * position item, per country name its entry. Role mentions are told apart by their span, so two
 * like wordings in different places are two keys.
 */
public record Links(
        Map<LocalEntity, KbEntry> entities, Map<RoleMention, KbEntry> positions, Map<String, KbEntry> countries) {
    public Links {
        entities = Map.copyOf(entities);
        positions = Map.copyOf(positions);
        countries = Map.copyOf(countries);
    }

    public static Links none() {
        return new Links(Map.of(), Map.of(), Map.of());
    }
}

package org.newskg.nlp.ner;

import java.util.Set;

/**
 * What a general name list knows about a surface form. Implemented over the Wikidata-derived index
 * (see {@code org.newskg.link}); {@link #EMPTY} knows nothing, so recognition falls back on cues.
 */
public interface Gazetteer {

    /** Types of the known entities whose name or alias is exactly this (normalised) string. */
    Set<EntityType> typesOf(String name);

    /** Whether the word is the first name of some known person. */
    boolean isGivenName(String word);

    /** Whether the word is the last name of some known person. */
    boolean isKnownSurname(String word);

    /**
     * Whether the name is a place prominent enough to act in the news ("Moscow said", "Kyiv said"):
     * a country, a continent, or a large city; a small town of the same name as a company or a
     * person ("Halifax", "Bono") is not.
     */
    default boolean isMajorPlace(String name) {
        return typesOf(name).contains(EntityType.LOCATION);
    }

    /**
     * 'm' or 'f' when nearly every known person with this first name has that gender ("Lena" f),
     * else null: what a pronoun ("she said") may refer to.
     */
    default Character genderOfGivenName(String word) {
        return null;
    }

    /** The country's name for a demonym or country code used as a modifier ("Russian", "U.S."), or null. */
    String countryOf(String modifier);

    /**
     * The country a place lies in, or the country itself ("Moscow" and "Russia" give "Russia"), named
     * as {@link #countryOf} names it; null when unknown.
     */
    default String countryOfPlace(String name) {
        return countryOf(name);
    }

    Gazetteer EMPTY = new Gazetteer() {
        @Override
        public Set<EntityType> typesOf(String name) {
            return Set.of();
        }

        @Override
        public boolean isGivenName(String word) {
            return false;
        }

        @Override
        public boolean isKnownSurname(String word) {
            return false;
        }

        @Override
        public String countryOf(String modifier) {
            return null;
        }
    };
}

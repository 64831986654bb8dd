package org.newskg.link;

/** Kinds of knowledge-base entries in the offline Wikidata index. */
public enum KbType {
    PERSON,
    COUNTRY,
    REGION,
    CITY,
    CONTINENT,
    ORGANIZATION,
    POSITION;

    /** True for the place kinds (country, region, city, continent). */
    public boolean isPlace() {
        return this == COUNTRY || this == REGION || this == CITY || this == CONTINENT;
    }
}

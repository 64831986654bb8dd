package org.newskg.nlp.ner;

/** What a name refers to. Places that act ("Kyiv said") stay LOCATION; institutions are ORGANIZATION. */
public enum EntityType {
    PERSON,
    LOCATION,
    ORGANIZATION
}

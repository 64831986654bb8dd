package org.newskg.nereval;

import java.util.Set;

/** A finder whose labels are OntoNotes entity types (NLP4J, ClearNLP): the same reading of them for all. */
interface OntoNotesFinder extends Finder {

    @Override
    default Set<String> personLabels() {
        return Set.of("PERSON");
    }

    @Override
    default Set<String> locationLabels() {
        return Set.of("GPE", "LOC");
    }

    /** With facilities (FAC: airports, buildings, bases), which the gold counts as places when used as such. */
    @Override
    default Set<String> altLocationLabels() {
        return Set.of("GPE", "LOC", "FAC");
    }
}

package org.newskg.resolve;

import java.util.Locale;
import java.util.Map;
import org.newskg.nlp.WordList;

/**
 * The full name of an organisation that news text mostly names by a short form the Wikidata index
 * does not hold ("Conservative", "the Tories", "Lib Dem" for the Conservative Party and the Liberal
 * Democrats). The forms are data (lexicon/organisation-forms.txt).
 */
public final class OrganisationForms {
    private static final Map<String, String> FULL = WordList.loadMap("organisation-forms");

    private OrganisationForms() {}

    /** The full name for a known short form, else the name as given. */
    public static String canonical(String name) {
        String plain = name.strip().replaceFirst("^(?i)the\\s+", "").toLowerCase(Locale.ROOT);
        return FULL.getOrDefault(plain, name);
    }
}

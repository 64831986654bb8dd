package org.newskg.resolve;

import java.util.Collection;
import java.util.TreeSet;

/**
 * Identity across articles for what Wikidata does not identify. Each article is mapped alone, with
 * no store to ask, so two articles name one thing with one node only if both derive the same key
 * from what they say about it; these are those keys. The mapper turns them into IRIs (a slug, or
 * a hash for the long ones), so cross-article identity is a property of the IRI and needs no
 * global state, and the order of ingest does not matter.
 *
 * <pre>{@code
 * CrossArticleIdentity id = new CrossArticleIdentity(index.spellings());
 * id.entity("Mathew Tait").equals(id.entity("Matthew Tait"))        // true: one person
 * id.role(null, "Ruritania", null, "spokeswoman")                  // "ruritania||spokesman"
 * }</pre>
 */
public final class CrossArticleIdentity {
    private final Spellings spellings;

    public CrossArticleIdentity(Spellings spellings) {
        this.spellings = spellings;
    }

    /**
     * An unlinked person, place or organisation: the slug of its name's {@link NameKey key} in the
     * {@link Spellings agreed spelling}, readable and equal for every spelling with that key; ""
     * when the name has no letters or digits.
     */
    public String entity(String name) {
        return spellings.slug(name);
    }

    /**
     * An unlinked person: as {@link #entity}, with a first name's short form read as the full one
     * ("Tim Lund" is "Timothy Lund" in another article).
     */
    public String person(String name) {
        int space = name.indexOf(' ');
        String full =
                space > 0 ? FULL_GIVEN_NAMES.get(name.substring(0, space).toLowerCase(java.util.Locale.ROOT)) : null;
        return entity(full == null ? name : full + name.substring(space));
    }

    private static final java.util.Map<String, String> FULL_GIVEN_NAMES =
            org.newskg.nlp.WordList.loadMap("given-name-forms");

    /** True when two names are one name by the key: "Kyiv" and "Kiev", "U.S." and "US". */
    public static boolean sameName(String a, String b) {
        return NameKey.of(a).equals(NameKey.of(b));
    }

    /**
     * A post without a Wikidata position: its country (the QID, else the name's key), its
     * organisation's key and the head wording, synonyms folded ("spokeswoman" = "spokesman").
     */
    public String role(String countryQid, String countryName, String org, String head) {
        String country = countryQid != null ? countryQid : countryName == null ? "" : NameKey.of(countryName);
        return country + "|" + (org == null ? "" : NameKey.of(OrganisationForms.canonical(org))) + "|"
                + RoleHeads.normalise(head);
    }

    /** A statement: its speaker's node and the key of its text, so a quote reprinted by another outlet is one. */
    public String statement(String speakerIri, String text) {
        return speakerIri + "|" + NameKey.of(text);
    }

    /**
     * A meeting: in person or by phone. A summit, or a meeting that names fewer than two persons, is its
     * place when it has one (the place's own identity: "talks in Leeds" and the G7 meeting in
     * London are two), planned or held: talks planned in one report and held in a later one are one
     * event, whose node carries each report's status. Otherwise two or more persons meeting are the
     * event, and a meeting without a place is its parties; both keep planned and held apart. Two or
     * more organisations meeting are the event whoever represents them: one report names the
     * companies, another their chief executives. No date is
     * part of the key: an undated article cannot say which year its "talks in Oslo on 18 February"
     * were, and a year only one report gives would split one event in two.
     *
     * @param where the place's identity, or null
     * @param persons the node IRIs of the persons taking part
     * @param organisations the node IRIs of the organisations taking part
     * @param places the node IRIs of the countries and places taking part
     */
    public String meeting(
            boolean phone,
            boolean planned,
            boolean summit,
            String where,
            Collection<String> persons,
            Collection<String> organisations,
            Collection<String> places) {
        String what = (phone ? "phone" : "in-person") + "|" + (planned ? "planned" : "held") + "|";
        if (where != null && (persons.size() < 2 || summit)) {
            // planned in one report and held in a later one, at one place: one event ("talks in Leeds")
            return (phone ? "phone" : "in-person") + "|at:" + where;
        }
        if (organisations.size() >= 2) {
            return what + "bodies:" + String.join(",", new TreeSet<>(organisations));
        }
        TreeSet<String> parties = new TreeSet<>(persons);
        if (persons.size() < 2) {
            parties.addAll(organisations);
            parties.addAll(places);
        }
        return what + String.join(",", parties);
    }
}

package org.newskg.link;

import java.util.EnumSet;
import java.util.Set;
import org.newskg.nlp.ner.EntityType;
import org.newskg.nlp.ner.Gazetteer;
import org.newskg.resolve.NameKey;
import org.newskg.util.Memo;

/** The offline Wikidata index seen as a gazetteer by the name finder. */
public final class IndexGazetteer implements Gazetteer {
    private final WikidataIndex kb;

    public IndexGazetteer(WikidataIndex kb) {
        this.kb = kb;
    }

    /** Two-letter codes that news uses as names; others ("TV", "PM") are ordinary abbreviations. */
    private static final Set<String> NEWS_CODES = Set.of("US", "UK", "EU", "UN");

    /** Answers by surface form: the name finder asks about every capitalised word. */
    private final Memo<String, Set<EntityType>> types = new Memo<>(200_000, name -> Set.copyOf(computeTypes(name)));

    @Override
    public Set<EntityType> typesOf(String name) {
        return types.get(name);
    }

    private Set<EntityType> computeTypes(String name) {
        if (kb.typesOf(name).isEmpty()) {
            return Set.of();
        }
        java.util.List<KbEntry> entries = new java.util.ArrayList<>(kb.lookup(name));
        boolean acronym = name.matches("\\p{Lu}[\\p{Lu}\\d.&-]+");
        if (name.matches("\\p{Lu}{2,3}") && !NEWS_CODES.contains(name)) {
            // "TV", "BAA": a country code used as an abbreviation is no place; organisations keep theirs
            entries.removeIf(e -> e.type().isPlace()
                    && !e.label().equals(name)
                    && !e.aliases().contains(name));
        }
        if (!name.contains(" ") && !acronym) {
            // one word matched only through a spelling fold ("Tory" is not "Tori") counts only for large places
            entries.removeIf(e -> !sameWord(e.label(), name)
                    && e.aliases().stream().noneMatch(a -> sameWord(a, name))
                    && !(e.type() != KbType.REGION && e.prominence() >= 100_000));
        }
        if (!name.contains(" ")
                && kb.isGivenName(name)
                && entries.stream()
                        .allMatch(e -> e.type().isPlace() && e.type() != KbType.COUNTRY && e.prominence() < 100_000)) {
            return Set.of(); // "Michael" is a first name before it is a parish
        }
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (KbEntry e : entries) {
            KbType k = e.type();
            if (k.isPlace()) {
                out.add(EntityType.LOCATION);
            } else if (k == KbType.PERSON) {
                out.add(EntityType.PERSON);
            } else if (k == KbType.ORGANIZATION) {
                out.add(EntityType.ORGANIZATION);
            }
        }
        return out;
    }

    @Override
    public boolean isMajorPlace(String name) {
        return kb.lookup(name).stream()
                .anyMatch(e -> e.type() == KbType.COUNTRY
                        || e.type() == KbType.CONTINENT
                        || e.type() == KbType.CITY && e.prominence() >= 1_000_000);
    }

    private static boolean sameWord(String a, String b) {
        return NameKey.plain(a).equals(NameKey.plain(b)); // equal as written, not only by the fold
    }

    @Override
    public Character genderOfGivenName(String word) {
        return GivenNameGenders.bundled().of(word);
    }

    @Override
    public boolean isGivenName(String word) {
        return kb.isGivenName(word);
    }

    @Override
    public boolean isKnownSurname(String word) {
        return word.length() > 2 && !kb.bySurname(word).isEmpty();
    }

    @Override
    public String countryOf(String modifier) {
        if (modifier.length() < 2 || !Character.isUpperCase(modifier.charAt(0))) {
            return null;
        }
        return kb.countryOfDemonym(modifier).map(KbEntry::label).orElse(null);
    }

    @Override
    public String countryOfPlace(String name) {
        KbEntry best = null;
        for (KbEntry e : kb.lookup(name)) {
            if (e.type().isPlace() && (best == null || e.prominence() > best.prominence())) {
                best = e;
            }
        }
        if (best == null) {
            return null;
        }
        if (best.type() == KbType.COUNTRY) {
            return best.label();
        }
        return best.countryQid() == null
                ? null
                : kb.get(best.countryQid()).map(KbEntry::label).orElse(null);
    }
}

package org.newskg.link;

import org.newskg.nlp.ner.EntityType;
import org.newskg.nlp.ner.Gazetteer;

import java.util.EnumSet;
import java.util.Set;

/** The offline Wikidata index seen as a gazetteer by the name finder. */
public final class IndexGazetteer implements Gazetteer {
    private final WikidataIndex kb;

    public IndexGazetteer(WikidataIndex kb) {
        this.kb = kb;
    }

    @Override
    public Set<EntityType> typesOf(String name) {
        Set<KbType> kinds = kb.typesOf(name);
        if (kinds.isEmpty()) {
            return Set.of();
        }
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (KbType k : kinds) {
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
}

package org.newskg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newskg.extract.Extraction;
import org.newskg.extract.Meeting;
import org.newskg.extract.RoleMention;
import org.newskg.nlp.WordList;
import org.newskg.nlp.ner.EntityType;
import org.newskg.resolve.LocalEntity;

/**
 * Links one article's entities, roles and countries to the offline Wikidata index. Places first (they
 * give context), then persons with their roles as hints, then positions. An optional fallback
 * lookup (the online Wikidata linker) is asked about the persons, places and organisations the
 * index leaves unlinked; it answers an entry or empty. Thread-safe if the fallback is.
 */
public final class ArticleLinker {
    /** Words for whoever leads a country, whatever the post is called there. */
    private static final Set<String> LEADER_WORDS = WordList.load("leader-words");

    /** Heads of the posts that lead a country, in the order a leader is looked for among a person's posts. */
    private static final List<String> TOP_POSTS = List.copyOf(WordList.load("top-posts"));

    private final WikidataIndex kb;
    private final Linker linker;
    private final Function<LinkRequest, Optional<KbEntry>> fallback;

    public ArticleLinker(WikidataIndex kb) {
        this(kb, null);
    }

    /** @param fallback asked about entities the index leaves unlinked; null for none */
    public ArticleLinker(WikidataIndex kb, Function<LinkRequest, Optional<KbEntry>> fallback) {
        this.kb = kb;
        this.linker = new Linker(kb);
        this.fallback = fallback == null ? r -> Optional.empty() : fallback;
    }

    public Links link(Extraction x) {
        Map<LocalEntity, KbEntry> entities = new HashMap<>();
        Map<String, KbEntry> countries = new HashMap<>();
        Set<String> context = new HashSet<>();
        String date = x.article().published();
        List<String> personNames = new ArrayList<>();
        for (LocalEntity e : x.entities().ofType(EntityType.PERSON)) {
            personNames.addAll(e.names());
        }
        for (LocalEntity e : x.entities().all()) {
            if (e.type() == EntityType.PERSON) {
                continue;
            }
            KbType expected = e.type() == EntityType.LOCATION ? KbType.CITY : KbType.ORGANIZATION;
            LinkRequest req = new LinkRequest(e.name(), List.of(), expected, List.of(), date, context);
            Optional<KbEntry> q = linker.link(req).flatMap(kb::get);
            if (q.isEmpty()) {
                q = fallback.apply(req);
            }
            q.ifPresent(k -> {
                entities.put(e, k);
                context.add(k.qid());
                if (k.countryQid() != null) {
                    context.add(k.countryQid());
                }
            });
        }
        for (RoleMention r : x.roles()) {
            if (r.country() != null) {
                country(r.country()).ifPresent(k -> countries.put(r.country(), k));
            }
        }
        for (Meeting m : x.meetings()) {
            for (String c : m.countries()) {
                country(c).ifPresent(k -> countries.put(c, k));
            }
        }
        for (LocalEntity e : x.entities().ofType(EntityType.PERSON)) {
            List<RoleHint> hints = new ArrayList<>();
            for (RoleMention r : x.roles()) {
                if (r.person().equals(e)) {
                    KbEntry c = r.country() == null ? null : countries.get(r.country());
                    hints.add(new RoleHint(null, r.head(), c == null ? null : c.qid()));
                }
            }
            LinkRequest req = new LinkRequest(e.name(), personNames, KbType.PERSON, hints, date, context);
            Optional<KbEntry> q = linker.link(req).flatMap(kb::get);
            if (q.isEmpty()) {
                q = fallback.apply(req);
            }
            q.ifPresent(k -> entities.put(e, k));
        }
        Map<RoleMention, KbEntry> positions = new HashMap<>();
        for (RoleMention r : x.roles()) {
            KbEntry c = r.country() == null ? null : countries.get(r.country());
            if (c == null && r.org() != null) {
                continue; // "Kremlin spokesman": a post of an organisation the index does not hold
            }
            String label = r.head();
            Optional<String> p = linker.linkPosition(label, c == null ? null : c.qid());
            if (p.isEmpty() && c == null) {
                // "President Putin": the post of the country the person is linked to, if the person held it
                KbEntry person = entities.get(r.person());
                if (person != null && person.countryQid() != null) {
                    p = linker.linkPosition(label, person.countryQid()).filter(pq -> person.held(pq, null));
                }
            }
            if (p.isEmpty() && LEADER_WORDS.contains(r.head()) && r.org() == null) {
                // "Chinese leader Li Wen": a country's leader is the top post the person held there
                KbEntry person = entities.get(r.person());
                String country = c != null ? c.qid() : person == null ? null : person.countryQid();
                p = person == null || country == null ? Optional.empty() : topPostIn(person, country);
            }
            p.flatMap(kb::get).ifPresent(k -> positions.put(r, k));
        }
        return new Links(entities, positions, countries);
    }

    private Optional<KbEntry> country(String name) {
        List<KbEntry> c = kb.lookup(name, KbType.COUNTRY);
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }

    /** The person's post among those that lead the country (president, prime minister, ...), if the index has one. */
    private Optional<String> topPostIn(KbEntry person, String countryQid) {
        for (String head : TOP_POSTS) {
            for (Holding h : person.holdings()) {
                Optional<KbEntry> post = kb.get(h.positionQid());
                if (post.isPresent()
                        && countryQid.equals(post.get().countryQid())
                        && post.get().label().toLowerCase(java.util.Locale.ROOT).startsWith(head)) {
                    return Optional.of(h.positionQid());
                }
            }
        }
        return Optional.empty();
    }
}

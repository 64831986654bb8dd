package org.newskg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.nlp.Lexicon;
import org.newskg.resolve.NameKey;

/**
 * Links a mention to a Wikidata QID with the offline {@link WikidataIndex}; precision first: it
 * abstains (empty result) rather than guess.
 *
 * <p>Rules, in order:
 * <ul>
 *   <li>types are never crossed: a person links only to a person, a place only to a place
 *       (any place type), an organisation only to an organisation;</li>
 *   <li>a surname-only mention goes through the full name it shortens among the article's other
 *       names; if that full name is not in the index, the mention is not linked at all;</li>
 *   <li>a unique full-name match links;</li>
 *   <li>several candidates: the one holding a position that fits a role hint (at the article
 *       date when known), else the one sharing a country with the context, else the most
 *       prominent by a clear margin; otherwise abstain;</li>
 *   <li>a surname without a full name in the article links only through a fitting role or a
 *       context country that leaves one candidate, or when the only person of that surname
 *       in the index led a country;</li>
 *   <li>places: countries before continents before cities before regions, unless the context
 *       names the country of a lower-ranked candidate only ("Georgia" in an article about the
 *       US); among cities the largest by a clear margin.</li>
 * </ul>
 *
 * <pre>{@code
 * Linker linker = new Linker(WikidataIndex.loadDefault());
 * linker.link(LinkRequest.of("Kyiv", KbType.CITY));          // Optional[Q1899]
 * }</pre>
 */
public final class Linker {

    /** Prominence of a person who led a country (see the index builder). */
    static final long LEADER_PROMINENCE = 10;

    /** The courtesy titles in {@link Names#nameTokens} form ("lady" is "ladi" there). */
    private static final Set<String> HONORIFICS = Lexicon.COURTESY_TITLES.words().stream()
            .map(NameKey::of)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final WikidataIndex kb;

    public Linker(WikidataIndex kb) {
        this.kb = kb;
    }

    /** The position QID a role wording denotes in a country; see {@link WikidataIndex#position}. */
    public Optional<String> linkPosition(String roleLabel, String countryQid) {
        return kb.position(roleLabel, countryQid).map(KbEntry::qid);
    }

    /** The QID of the mention, or empty when the index does not say clearly. */
    public Optional<String> link(LinkRequest r) {
        if (r == null || r.name() == null || r.name().isBlank()) {
            return Optional.empty();
        }
        KbType t = r.expected();
        if (t == KbType.PERSON) {
            return linkPerson(r);
        }
        if (t == KbType.POSITION) {
            for (RoleHint h : r.roles()) {
                Optional<String> p = linkPosition(r.name(), h.countryQid());
                if (p.isPresent()) {
                    return p;
                }
            }
            return linkPosition(r.name(), null);
        }
        Set<KbType> allowed = t == null
                ? EnumSet.complementOf(EnumSet.of(KbType.POSITION, KbType.PERSON))
                : t.isPlace()
                        ? EnumSet.of(KbType.COUNTRY, KbType.CONTINENT, KbType.CITY, KbType.REGION)
                        : EnumSet.of(t);
        List<KbEntry> cands = kb.lookup(r.name(), allowed.toArray(KbType[]::new));
        if (t == null) {
            List<KbEntry> persons = kb.lookup(r.name(), KbType.PERSON);
            if (!persons.isEmpty()) {
                return cands.isEmpty() ? linkPerson(r) : Optional.empty(); // person or place? abstain
            }
        }
        if (cands.isEmpty()) {
            return Optional.empty();
        }
        if (allowed.contains(KbType.COUNTRY) || allowed.contains(KbType.CITY)) {
            return linkPlace(withStateOfTheSameName(cands, r.name()), r);
        }
        return choose(cands, r, false);
    }

    // ------------------------------------------------------------------ persons

    private Optional<String> linkPerson(LinkRequest r) {
        List<KbEntry> exact = kb.lookup(r.name(), KbType.PERSON);
        if (exact.isEmpty() && r.name().contains(" ")) {
            exact = kb.lookup(Names.umlautFolded(r.name()), KbType.PERSON); // "Gerhard Schroeder" is "Gerhard Schröder"
        }
        if (!exact.isEmpty()) {
            // only a one-word name the article gives no fuller form of ("King Omar"): role hints are
            // too loose to overrule a full name ("his Dutch counterpart" said of another country's minister)
            boolean oneWord = Names.nameTokens(r.name()).size() == 1
                    && r.otherNamesInArticle().stream()
                            .noneMatch(o -> o.endsWith(" " + r.name()) || o.endsWith("-" + r.name()));
            String country = oneWord ? roleCountryAgainst(exact, r) : null;
            if (country != null) {
                // "King Omar of Ruritania": the name's one bearer in the index is another country's;
                // the name with the role's country ("omar ruritania", as the index keys "X II of Ruritania") may key
                // the right one
                String label = kb.get(country).map(KbEntry::label).orElse(null);
                List<KbEntry> there = label == null
                        ? List.of()
                        : filter(kb.lookup(r.name() + " " + label, KbType.PERSON), e -> country.equals(e.countryQid()));
                return there.size() == 1 ? Optional.of(there.get(0).qid()) : Optional.empty();
            }
            return exact.size() == 1 ? Optional.of(exact.get(0).qid()) : choose(exact, r, false);
        }
        List<String> tokens = new ArrayList<>(Names.nameTokens(r.name()));
        while (tokens.size() > 1 && HONORIFICS.contains(tokens.get(0))) {
            tokens.remove(0); // "Mr Ivanov" is a surname mention
        }
        if (tokens.isEmpty() || tokens.size() > 3) {
            return Optional.empty();
        }
        // a surname: through the full names of the article that end with it
        String sur = String.join(" ", tokens);
        Set<KbEntry> viaArticle = new LinkedHashSet<>();
        boolean unknownFullName = false;
        for (String other : r.otherNamesInArticle()) {
            List<String> ot = Names.nameTokens(other);
            if (ot.size() <= tokens.size()
                    || !String.join(" ", ot.subList(ot.size() - tokens.size(), ot.size()))
                            .equals(sur)) {
                continue;
            }
            List<KbEntry> full = kb.lookup(other, KbType.PERSON);
            if (full.isEmpty()) {
                unknownFullName = true;
            }
            viaArticle.addAll(full);
        }
        if (unknownFullName) {
            return Optional.empty(); // the article's "Ivanov" may be someone the index lacks
        }
        if (!viaArticle.isEmpty()) {
            List<KbEntry> l = new ArrayList<>(viaArticle);
            return l.size() == 1 ? Optional.of(l.get(0).qid()) : choose(l, r, false);
        }
        // no full name in the article: a bare surname needs more than uniqueness
        Set<KbType> other = EnumSet.of(KbType.PERSON);
        other.addAll(kb.typesOf(sur));
        other.remove(KbType.PERSON);
        if (!other.isEmpty()) {
            return Optional.empty(); // "Jordan", "Georgia": the name is also a place or body
        }
        List<KbEntry> bySurname = kb.bySurname(sur);
        if (bySurname.isEmpty()) {
            return Optional.empty();
        }
        return choose(bySurname, r, true);
    }

    // ------------------------------------------------------------------ places

    private static int tier(KbType t) {
        return switch (t) {
            case COUNTRY -> 4;
            case CONTINENT -> 3;
            case CITY -> 2;
            case REGION -> 1;
            default -> 0;
        };
    }

    /**
     * "Cyprus" names an island and the state "Republic of Cyprus": when a region or island found by
     * its name shares it with a state whose label is "Republic/Kingdom/State of" that name, the state
     * is a candidate too, and as a country it outranks the region (news names states).
     */
    private List<KbEntry> withStateOfTheSameName(List<KbEntry> cands, String name) {
        if (cands.stream().noneMatch(e -> e.type() == KbType.REGION)
                || cands.stream().anyMatch(e -> e.type() == KbType.COUNTRY)) {
            return cands;
        }
        List<KbEntry> out = new ArrayList<>(cands);
        for (String form : List.of("Republic of ", "Kingdom of ", "State of ")) {
            for (KbEntry e : kb.lookup(form + name, KbType.COUNTRY)) {
                if (!out.contains(e) && NameKey.of(e.label()).equals(NameKey.of(form + name))) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private Optional<String> linkPlace(List<KbEntry> cands, LinkRequest r) {
        List<KbEntry> l = new ArrayList<>(cands);
        // context: when it names the country of some candidates only, keep those
        if (!r.contextQids().isEmpty() && l.size() > 1) {
            List<KbEntry> inCtx = filter(
                    l,
                    e -> r.contextQids().contains(e.qid())
                            || (e.countryQid() != null && r.contextQids().contains(e.countryQid())));
            if (!inCtx.isEmpty() && inCtx.size() < l.size() && !dominantCity(l, inCtx)) {
                l = inCtx;
            }
        }
        int best = l.stream().mapToInt(e -> tier(e.type())).max().orElse(0);
        List<KbEntry> top = filter(l, e -> tier(e.type()) == best);
        if (top.size() == 1) {
            return Optional.of(top.get(0).qid());
        }
        // same tier: an exact label beats an alias, then a clear lead in prominence
        String k = NameKey.of(r.name());
        List<KbEntry> labelled = filter(top, e -> NameKey.of(e.label()).equals(k));
        if (labelled.size() == 1) {
            return Optional.of(labelled.get(0).qid());
        }
        return clearLead(top, 2);
    }

    /**
     * A city a hundred times the size of every namesake in the context's countries is still the one
     * meant: "London" in an article that also names the United States is not London, Ohio.
     */
    private static boolean dominantCity(List<KbEntry> all, List<KbEntry> inContext) {
        KbEntry top =
                all.stream().max(Comparator.comparingLong(KbEntry::prominence)).orElse(null);
        if (top == null || top.type() != KbType.CITY || inContext.contains(top)) {
            return false;
        }
        long best = inContext.stream().mapToLong(KbEntry::prominence).max().orElse(0);
        boolean cities = inContext.stream().allMatch(e -> e.type() == KbType.CITY);
        return cities && top.prominence() > 100 * Math.max(1, best);
    }

    // ------------------------------------------------------------------ shared

    /**
     * Several candidates of the same kind: role hints, then context, then prominence. With
     * {@code bareSurname} the last two need a stronger lead and a lone candidate is not
     * enough by itself.
     */
    private Optional<String> choose(List<KbEntry> cands, LinkRequest r, boolean bareSurname) {
        if (!r.roles().isEmpty()) {
            List<KbEntry> atDate = filter(cands, e -> fitsRole(e, r.roles(), r.articleDate()));
            if (atDate.size() == 1) {
                return Optional.of(atDate.get(0).qid());
            }
            if (atDate.isEmpty() && r.articleDate() != null) {
                List<KbEntry> anyTime = filter(cands, e -> fitsRole(e, r.roles(), null));
                if (anyTime.size() == 1) {
                    return Optional.of(anyTime.get(0).qid());
                }
            }
            if (atDate.size() > 1) {
                cands = atDate;
            }
        }
        if (!r.contextQids().isEmpty()) {
            List<KbEntry> inCtx = filter(cands, e -> inContext(e, r.contextQids()));
            if (inCtx.size() == 1) {
                return Optional.of(inCtx.get(0).qid());
            }
            if (inCtx.size() > 1) {
                cands = inCtx;
            }
        }
        if (bareSurname) {
            // without role or context, a bare surname links only when one person in the whole
            // index bears it and that person led a country ("Zelensky"; not "Johnson")
            // ... or, among the bearers from the article's countries, exactly one led a country: news
            // names a head of state by surname alone ("Trump" beside relatives in the index)
            List<KbEntry> leaders = filter(cands, e -> e.prominence() >= LEADER_PROMINENCE);
            boolean narrowed =
                    !r.contextQids().isEmpty() && cands.stream().allMatch(e -> inContext(e, r.contextQids()));
            return leaders.size() == 1 && (cands.size() == 1 || narrowed)
                    ? Optional.of(leaders.get(0).qid())
                    : Optional.empty();
        }
        return cands.size() == 1 ? Optional.of(cands.get(0).qid()) : clearLead(cands, 3);
    }

    /** The most prominent candidate if it leads the next by {@code factor} and by at least 3. */
    private static Optional<String> clearLead(List<KbEntry> cands, int factor) {
        List<KbEntry> s = sorted(cands);
        long a = s.get(0).prominence();
        long b = s.size() > 1 ? s.get(1).prominence() : 0;
        if (a >= 3 && a >= factor * b && a - b >= 3) {
            return Optional.of(s.get(0).qid());
        }
        return Optional.empty();
    }

    private static List<KbEntry> sorted(List<KbEntry> l) {
        List<KbEntry> s = new ArrayList<>(l);
        s.sort(Comparator.comparingLong(KbEntry::prominence).reversed());
        return s;
    }

    /**
     * The country a role hint gives the mention when every candidate belongs to another country and
     * held no post of it ("King Omar of Ruritania" against the index's only Omar, of Borduria); else null.
     */
    private String roleCountryAgainst(List<KbEntry> cands, LinkRequest r) {
        for (RoleHint h : r.roles()) {
            String c = h.countryQid();
            if (c == null) {
                continue;
            }
            boolean allElsewhere = cands.stream()
                    .allMatch(e -> e.countryQid() != null
                            && !c.equals(e.countryQid())
                            && e.holdings().stream()
                                    .noneMatch(ho -> c.equals(kb.get(ho.positionQid())
                                            .map(KbEntry::countryQid)
                                            .orElse(null))));
            if (allElsewhere) {
                return c;
            }
        }
        return null;
    }

    private boolean fitsRole(KbEntry person, List<RoleHint> hints, String date) {
        for (RoleHint h : hints) {
            String pos = h.positionQid();
            if (pos == null && h.label() != null && h.countryQid() != null) {
                pos = kb.position(h.label(), h.countryQid()).map(KbEntry::qid).orElse(null);
            }
            if (pos != null) {
                if (person.held(pos, date)) {
                    return true;
                }
                continue;
            }
            if (h.label() == null) {
                continue;
            }
            // no country: any held position with a fitting wording
            for (Holding ho : person.holdings()) {
                if (ho.coversDate(date) && kb.positionMatchesRole(ho.positionQid(), h.label())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean inContext(KbEntry e, Set<String> ctx) {
        if (ctx.contains(e.qid()) || (e.countryQid() != null && ctx.contains(e.countryQid()))) {
            return true;
        }
        for (Holding h : e.holdings()) {
            if (ctx.contains(h.positionQid())) {
                return true;
            }
            String c = kb.get(h.positionQid()).map(KbEntry::countryQid).orElse(null);
            if (c != null && ctx.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static List<KbEntry> filter(List<KbEntry> l, Predicate<KbEntry> p) {
        List<KbEntry> out = new ArrayList<>();
        for (KbEntry e : l) {
            if (p.test(e)) {
                out.add(e);
            }
        }
        return out;
    }
}

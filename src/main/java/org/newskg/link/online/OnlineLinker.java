package org.newskg.link.online;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newskg.link.Holding;
import org.newskg.link.KbEntry;
import org.newskg.link.KbType;
import org.newskg.link.LinkRequest;
import org.newskg.link.Names;
import org.newskg.link.RoleHint;
import org.newskg.link.WikidataIndex;
import org.newskg.resolve.NameKey;

/**
 * Links, through the Wikidata API, mentions whose name the offline index does not know at all.
 * Used as the fallback of {@link org.newskg.link.ArticleLinker}: the offline decision, link or
 * abstention, stands whenever the index knows the name. Precision first, as offline:
 * <ul>
 *   <li>the name is searched in English ({@code wbsearchentities}); a surname alone is searched
 *       through the one full name of the article that ends with it, else not at all;</li>
 *   <li>a candidate must carry the name as its English label or alias, compared with
 *       {@link NameKey#of};</li>
 *   <li>and have the expected type: a person is an instance of human (Q5); a place an instance of
 *       a well-known country, city or region class, or else has coordinates (P625) and a country
 *       (P17) and no headquarters; an organisation an instance of a well-known organisation class
 *       or has headquarters (P159);</li>
 *   <li>one candidate left links; several: those holding (P39) a position that fits a role hint
 *       (at the article date, else at any time), then those of a context country (P17, P27),
 *       then a clear lead in sitelinks; otherwise abstain. A search cut off by its limit while
 *       still returning exact matches also abstains.</li>
 * </ul>
 * When Wikidata cannot be reached the answer is empty, never an exception. Thread-safe.
 *
 * <pre>{@code
 * ArticleLinker linker = new ArticleLinker(index, new OnlineLinker(index, new WikidataClient(options)));
 * }</pre>
 */
public final class OnlineLinker implements Function<LinkRequest, Optional<KbEntry>> {

    static final String HUMAN = "Q5";

    static final Set<String> COUNTRY_CLASSES = Set.of(
            "Q6256", // country
            "Q3624078", // sovereign state
            "Q7275", // state
            "Q3024240", // historical country
            "Q15634554", // state with limited recognition
            "Q1763527", // constituent country
            "Q112099"); // island country
    static final Set<String> CONTINENT_CLASSES = Set.of("Q5107"); // continent
    static final Set<String> CITY_CLASSES = Set.of(
            "Q515", // city
            "Q1549591", // big city
            "Q5119", // capital city
            "Q1637706", // city with millions of inhabitants
            "Q200250", // metropolis
            "Q174844", // megacity
            "Q486972", // human settlement
            "Q3957", // town
            "Q532", // village
            "Q7930989", // city or town
            "Q1093829", // city in the United States
            "Q15284", // municipality
            "Q747074", // comune of Italy
            "Q484170", // commune of France
            "Q2264924"); // port settlement
    static final Set<String> REGION_CLASSES = Set.of(
            "Q10864048", // first-level administrative country subdivision
            "Q13220204", // second-level administrative country subdivision
            "Q35657", // state of the United States
            "Q107390", // federated state
            "Q34876", // province
            "Q82794", // geographic region
            "Q56061", // administrative territorial entity
            "Q1221156", // state of Germany
            "Q23442"); // island
    static final Set<String> ORGANIZATION_CLASSES = Set.of(
            "Q43229", // organization
            "Q4830453", // business
            "Q783794", // company
            "Q891723", // public company
            "Q6881511", // enterprise
            "Q484652", // international organization
            "Q245065", // intergovernmental organization
            "Q7278", // political party
            "Q327333", // government agency
            "Q2659904", // government organization
            "Q192350", // ministry
            "Q163740", // nonprofit organization
            "Q79913", // non-governmental organization
            "Q3918", // university
            "Q31855", // research institute
            "Q11032", // newspaper
            "Q1331793", // media company
            "Q176799", // military unit
            "Q17127659"); // terrorist organization

    /** A clear lead in sitelinks: at least this many, and this many times the runner-up. */
    static final int LEAD_MIN = 10;

    static final int LEAD_FACTOR = 3;

    private final WikidataIndex kb;
    private final WikidataClient client;

    /** @param kb the offline index: names it knows are left to it; it also resolves role hints to positions */
    public OnlineLinker(WikidataIndex kb, WikidataClient client) {
        this.kb = kb;
        this.client = client;
    }

    public WikidataClient client() {
        return client;
    }

    @Override
    public Optional<KbEntry> apply(LinkRequest r) {
        if (r == null
                || r.name() == null
                || r.name().isBlank()
                || r.expected() == null
                || r.expected() == KbType.POSITION) {
            return Optional.empty();
        }
        String name = query(r);
        if (name == null || !kb.typesOf(name).isEmpty()) {
            return Optional.empty(); // the offline index knows the name: its answer stands
        }
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<WikidataClient.SearchResult> found = client.searchHits(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        List<WikidataClient.Hit> hits = found.get().hits();
        for (WikidataClient.Hit h : hits) {
            if (key.equals(NameKey.of(h.matched())) || (h.label() != null && key.equals(NameKey.of(h.label())))) {
                ids.add(h.qid());
            }
        }
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        if (found.get().more() && ids.contains(hits.get(hits.size() - 1).qid())) {
            return Optional.empty(); // exact matches may go on beyond the page: too common a name
        }
        Map<String, WikidataItem> items = client.items(ids);
        List<WikidataItem> cands = new ArrayList<>();
        for (String id : ids) {
            WikidataItem it = items.get(id);
            if (it != null && namedAs(it, key) && kind(it, r.expected()) != null) {
                cands.add(it);
            }
        }
        return choose(cands, r).map(it -> entry(it, kind(it, r.expected()), name));
    }

    /** The name to search: the mention, or for a lone surname the one full name of the article ending with it. */
    private static String query(LinkRequest r) {
        String name = r.name().strip();
        if (r.expected() != KbType.PERSON) {
            return name;
        }
        List<String> tokens = Names.nameTokens(name);
        if (tokens.size() >= 2) {
            return name;
        }
        if (tokens.isEmpty()) {
            return null;
        }
        Set<String> full = new LinkedHashSet<>();
        Set<String> fullKeys = new LinkedHashSet<>();
        for (String other : r.otherNamesInArticle()) {
            List<String> ot = Names.nameTokens(other);
            if (ot.size() >= 2 && ot.get(ot.size() - 1).equals(tokens.get(0)) && fullKeys.add(String.join(" ", ot))) {
                full.add(other.strip());
            }
        }
        return full.size() == 1 ? full.iterator().next() : null;
    }

    private static boolean namedAs(WikidataItem it, String key) {
        if (it.label() != null && key.equals(NameKey.of(it.label()))) {
            return true;
        }
        for (String a : it.aliases()) {
            if (key.equals(NameKey.of(a))) {
                return true;
            }
        }
        return false;
    }

    /** The index type of the item if it fits the expected type, else null. */
    static KbType kind(WikidataItem it, KbType expected) {
        boolean human = it.instanceOf().contains(HUMAN);
        if (expected == KbType.PERSON) {
            return human ? KbType.PERSON : null;
        }
        if (human) {
            return null;
        }
        KbType place = placeKind(it);
        if (expected.isPlace()) {
            return place;
        }
        if (expected == KbType.ORGANIZATION
                && place == null
                && (any(it.instanceOf(), ORGANIZATION_CLASSES) || it.hasHeadquarters())) {
            return KbType.ORGANIZATION;
        }
        return null;
    }

    private static KbType placeKind(WikidataItem it) {
        List<String> c = it.instanceOf();
        if (any(c, COUNTRY_CLASSES)) {
            return KbType.COUNTRY;
        }
        if (any(c, CONTINENT_CLASSES)) {
            return KbType.CONTINENT;
        }
        if (any(c, CITY_CLASSES)) {
            return KbType.CITY;
        }
        if (any(c, REGION_CLASSES)) {
            return KbType.REGION;
        }
        if (any(c, ORGANIZATION_CLASSES) || it.hasHeadquarters()) {
            return null;
        }
        // an unlisted class: a thing with coordinates in a country is a place of some kind
        return it.hasCoordinates() && !it.countries().isEmpty() ? KbType.REGION : null;
    }

    private static boolean any(List<String> l, Set<String> s) {
        for (String x : l) {
            if (s.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private Optional<WikidataItem> choose(List<WikidataItem> cands, LinkRequest r) {
        if (cands.size() <= 1) {
            return cands.stream().findFirst();
        }
        if (r.expected() == KbType.PERSON && !r.roles().isEmpty()) {
            List<WikidataItem> atDate = filter(cands, it -> fitsRole(it, r.roles(), r.articleDate()));
            if (atDate.size() == 1) {
                return Optional.of(atDate.get(0));
            }
            if (atDate.isEmpty() && r.articleDate() != null) {
                List<WikidataItem> anyTime = filter(cands, it -> fitsRole(it, r.roles(), null));
                if (anyTime.size() == 1) {
                    return Optional.of(anyTime.get(0));
                }
            }
            if (atDate.size() > 1) {
                cands = atDate;
            }
        }
        if (!r.contextQids().isEmpty()) {
            Set<String> ctx = r.contextQids();
            List<WikidataItem> inCtx = filter(
                    cands,
                    it -> ctx.contains(it.qid())
                            || it.countries().stream().anyMatch(ctx::contains)
                            || it.citizenships().stream().anyMatch(ctx::contains));
            if (inCtx.size() == 1) {
                return Optional.of(inCtx.get(0));
            }
            if (inCtx.size() > 1) {
                cands = inCtx;
            }
        }
        List<WikidataItem> s = new ArrayList<>(cands);
        s.sort(Comparator.comparingInt(WikidataItem::sitelinks).reversed());
        int a = s.get(0).sitelinks();
        int b = s.get(1).sitelinks();
        return a >= LEAD_MIN && a >= LEAD_FACTOR * b ? Optional.of(s.get(0)) : Optional.empty();
    }

    /** Whether the person held (P39) a position a hint names, at the date (any time if null). */
    private boolean fitsRole(WikidataItem person, List<RoleHint> hints, String date) {
        for (RoleHint h : hints) {
            String pos = h.positionQid();
            if (pos == null && h.label() != null && h.countryQid() != null) {
                pos = kb.position(h.label(), h.countryQid()).map(KbEntry::qid).orElse(null);
            }
            for (Holding ho : person.positions()) {
                if (!ho.coversDate(date)) {
                    continue;
                }
                if (pos != null
                        ? ho.positionQid().equals(pos)
                        : h.label() != null && kb.positionMatchesRole(ho.positionQid(), h.label())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static KbEntry entry(WikidataItem it, KbType type, String name) {
        String country = !it.countries().isEmpty()
                ? it.countries().get(0)
                : !it.citizenships().isEmpty() ? it.citizenships().get(0) : null;
        if (type == KbType.COUNTRY) {
            country = it.qid();
        }
        return new KbEntry(
                it.qid(),
                type,
                it.label() != null ? it.label() : name,
                it.aliases(),
                country,
                it.sitelinks(),
                type == KbType.PERSON ? it.positions() : List.of());
    }

    private static <T> List<T> filter(List<T> l, Predicate<T> p) {
        List<T> out = new ArrayList<>();
        for (T x : l) {
            if (p.test(x)) {
                out.add(x);
            }
        }
        return out;
    }
}

package org.newskg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.newskg.resolve.NameKey;
import org.newskg.resolve.Spellings;
import org.newskg.util.Memo;

/**
 * The offline Wikidata index: persons, places, organisations and positions with their names,
 * loaded once from the classpath resource built by {@link org.newskg.link.build.IndexBuilder}.
 * Immutable after loading and safe to share between threads.
 *
 * <pre>{@code
 * WikidataIndex kb = WikidataIndex.loadDefault();
 * kb.lookup("Kyiv", KbType.CITY);             // the city, although the source label is "Kiev"
 * kb.countryOfDemonym("Russian");              // Russia
 * kb.position("Foreign Minister", "Q159");     // Minister of Foreign Affairs (of Russia)
 * }</pre>
 */
public final class WikidataIndex {

    /** Classpath location of the default index. */
    public static final String RESOURCE = "/org/newskg/link/wikidata-index.tsv.gz";

    private static volatile WikidataIndex defaultIndex;
    private static volatile long defaultLoadMillis = -1;

    private final Map<String, KbEntry> byQid;
    private final EntryMultimap byKey;
    private final EntryMultimap byWeakKey;
    private final EntryMultimap byCode;
    private final EntryMultimap bySurname;
    private final Map<String, KbEntry> byDemonym;
    private final EntryMultimap positionsByRole;
    private final Map<String, List<String>> countryForms;
    private final Set<String> givenNames;
    private final Map<String, Set<String>> roleKeysByPosition;

    private WikidataIndex(Builder b) {
        this.byQid = Collections.unmodifiableMap(b.byQid);
        this.byKey = b.byKey;
        this.byWeakKey = b.byWeakKey;
        this.byCode = b.byCode;
        this.bySurname = b.bySurname;
        this.byDemonym = Map.copyOf(b.byDemonym);
        this.positionsByRole = b.positionsByRole;
        Map<String, List<String>> forms = new HashMap<>();
        b.byQid.values().stream()
                .filter(e -> e.type() == KbType.COUNTRY)
                .forEach(e -> forms.put(e.qid(), List.copyOf(b.countryForms(e.qid()))));
        this.countryForms = Map.copyOf(forms);
        this.roleKeysByPosition = Collections.unmodifiableMap(b.roleKeysByPosition);
        this.givenNames = Collections.unmodifiableSet(b.givenNames);
    }

    /**
     * String to entries, compact: most keys name one entry, stored without a list. Filled while
     * loading, read-only afterwards.
     */
    private static final class EntryMultimap {
        private final Map<String, Object> map;

        EntryMultimap(int capacity) {
            map = new HashMap<>(capacity);
        }

        void add(String k, KbEntry e) {
            Object v = map.get(k);
            if (v == null) {
                map.put(k, e);
            } else if (v instanceof KbEntry one) {
                if (one != e) {
                    map.put(k, new KbEntry[] {one, e});
                }
            } else {
                KbEntry[] arr = (KbEntry[]) v;
                if (arr[arr.length - 1] != e) {
                    KbEntry[] grown = Arrays.copyOf(arr, arr.length + 1);
                    grown[arr.length] = e;
                    map.put(k, grown);
                }
            }
        }

        List<KbEntry> get(String k) {
            Object v = map.get(k);
            if (v == null) {
                return List.of();
            }
            if (v instanceof KbEntry one) {
                return List.of(one);
            }
            return Collections.unmodifiableList(Arrays.asList((KbEntry[]) v));
        }

        void forEach(java.util.function.BiConsumer<String, List<KbEntry>> f) {
            map.forEach((k, v) -> f.accept(k, get(k)));
        }
    }

    // ------------------------------------------------------------------ loading

    /** The index from the classpath resource, loaded on first use and shared afterwards. */
    public static WikidataIndex loadDefault() {
        WikidataIndex i = defaultIndex;
        if (i == null) {
            synchronized (WikidataIndex.class) {
                i = defaultIndex;
                if (i == null) {
                    try (InputStream in = WikidataIndex.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(
                                    "index resource " + RESOURCE + " is missing; run scripts/build-wikidata-index.sh");
                        }
                        long t0 = System.nanoTime();
                        i = load(in);
                        defaultLoadMillis = (System.nanoTime() - t0) / 1_000_000;
                    } catch (IOException e) {
                        throw new UncheckedIOException("reading " + RESOURCE + ": " + e.getMessage(), e);
                    }
                    defaultIndex = i;
                }
            }
        }
        return i;
    }

    /** Milliseconds the default index took to load, or -1 if it is not loaded yet. */
    public static long defaultLoadMillis() {
        return defaultLoadMillis;
    }

    /** Loads an index from a gzip stream in the format written by the index builder. */
    public static WikidataIndex load(InputStream gzip) throws IOException {
        Builder b = new Builder();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzip, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                if (line.charAt(0) == '#') { // the header precedes the entries
                    if (line.startsWith("# key-version ")) {
                        b.trustKeys = line.substring(14).strip().equals(Integer.toString(NameKey.VERSION));
                    }
                    continue;
                }
                b.add(parse(line, b.trustKeys));
            }
        }
        b.finish();
        return new WikidataIndex(b);
    }

    /** One index line, parsed. */
    private record Parsed(KbEntry entry, String[] cols, List<String> keys, List<String> surnames) {}

    private static Parsed parse(String line, boolean trustKeys) {
        String[] c = line.split("\t", -1);
        if (c.length < 10) {
            throw new IllegalArgumentException("index line has " + c.length + " columns, expected 10 or 11: "
                    + line.substring(0, Math.min(80, line.length())));
        }
        KbType type = KbType.valueOf(c[0]);
        List<Holding> holdings = List.of();
        if (!c[9].isEmpty()) {
            String[] hs = c[9].split(";");
            Holding[] arr = new Holding[hs.length];
            for (int i = 0; i < hs.length; i++) {
                String[] p = hs[i].split("/", -1);
                arr[i] = new Holding(
                        p[0], p.length > 1 ? blankToNull(p[1]) : null, p.length > 2 ? blankToNull(p[2]) : null);
            }
            holdings = List.of(arr);
        }
        KbEntry e = new KbEntry(c[1], type, c[2], list(c[3]), blankToNull(c[7]), Long.parseLong(c[8]), holdings);
        List<String> keys;
        if (trustKeys && c.length > 10) {
            keys = list(c[10]);
        } else {
            Set<String> ks = new LinkedHashSet<>();
            ks.add(NameKey.of(e.label()));
            for (String a : e.aliases()) {
                ks.add(NameKey.of(a));
            }
            ks.remove("");
            keys = List.copyOf(ks);
        }
        List<String> sur = List.of();
        if (type == KbType.PERSON) {
            sur = new ArrayList<>(4);
            for (String k : keys) {
                surnameKeys(k, sur);
            }
        }
        return new Parsed(e, c, keys, sur);
    }

    /** Adds the last one, two and three name tokens of a person key (before Jr., III ...). */
    private static void surnameKeys(String key, List<String> out) {
        int end = key.length();
        while (true) { // drop generational suffixes
            int sp = key.lastIndexOf(' ', end - 1);
            if (sp < 0 || !Names.isGenerationalSuffix(key.substring(sp + 1, end))) {
                break;
            }
            end = sp;
        }
        int start = end;
        for (int len = 1; len <= 3; len++) {
            int sp = key.lastIndexOf(' ', start - 1);
            if (sp < 0) {
                return; // the whole name is not a surname
            }
            String sur = key.substring(sp + 1, end);
            if (!out.contains(sur)) {
                out.add(sur);
            }
            start = sp;
        }
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Mutable state while loading. */
    private static final class Builder {
        final Map<String, KbEntry> byQid = new HashMap<>(200_000);
        final EntryMultimap byKey = new EntryMultimap(300_000);
        final EntryMultimap byWeakKey = new EntryMultimap(4_000);
        final EntryMultimap byCode = new EntryMultimap(2_000);
        final EntryMultimap bySurname = new EntryMultimap(300_000);
        final Map<String, KbEntry> byDemonym = new HashMap<>();
        final EntryMultimap positionsByRole = new EntryMultimap(16_000);
        final Map<String, Set<String>> roleKeysByPosition = new HashMap<>();
        final Set<String> givenNames = new java.util.HashSet<>(40_000);
        final Map<String, List<String>> codesOf = new HashMap<>();
        final Map<String, List<String>> demonymsOf = new HashMap<>();
        final Map<String, List<String>> weakOf = new HashMap<>();
        final Map<String, Set<String>> ambiguousDemonyms = new HashMap<>();
        boolean trustKeys;

        void add(Parsed p) {
            KbEntry e = p.entry();
            String[] c = p.cols();
            List<String> keys = p.keys();
            KbType type = e.type();
            byQid.put(e.qid(), e);
            for (String k : keys) {
                if (!k.isEmpty()) {
                    byKey.add(k, e);
                }
            }
            List<String> weak = list(c[4]);
            if (!weak.isEmpty()) {
                weakOf.put(e.qid(), weak);
                for (String w : weak) {
                    String k = NameKey.of(w);
                    if (!keys.contains(k)) {
                        byWeakKey.add(k, e);
                    }
                }
            }
            List<String> codes = list(c[5]);
            codesOf.put(e.qid(), codes);
            for (String code : codes) {
                byCode.add(code, e);
            }
            List<String> demonyms = list(c[6]);
            demonymsOf.put(e.qid(), demonyms);
            for (String d : demonyms) {
                String k = NameKey.of(d);
                KbEntry prev = byDemonym.putIfAbsent(k, e);
                if (prev != null && prev != e) {
                    ambiguousDemonyms
                            .computeIfAbsent(k, x -> new LinkedHashSet<>())
                            .add(e.qid());
                }
            }
            if (type == KbType.PERSON) {
                for (String k : keys) {
                    int sp = k.indexOf(' ');
                    if (sp >= 2) {
                        givenNames.add(k.substring(0, sp));
                    }
                }
            }
            for (String sur : p.surnames()) {
                bySurname.add(sur, e);
            }
        }

        /** Second pass: needs all countries, for positions named after their country. */
        void finish() {
            for (KbEntry e : byQid.values()) {
                if (e.type() != KbType.POSITION) {
                    continue;
                }
                Set<String> roleKeys = new LinkedHashSet<>();
                List<String> countryForms = countryForms(e.countryQid());
                for (String name : concat(e.label(), e.aliases())) {
                    roleKeys.add(Names.roleKey(stripCountry(NameKey.plain(name), countryForms)));
                }
                roleKeysByPosition.put(e.qid(), Collections.unmodifiableSet(roleKeys));
                for (String rk : roleKeys) {
                    positionsByRole.add(roleIndexKey(e.countryQid(), rk), e);
                }
            }
            // a demonym claimed by several entries goes to the clearly most prominent one
            ambiguousDemonyms.forEach((k, qids) -> {
                KbEntry best = byDemonym.get(k);
                boolean tie = false;
                for (String q : qids) {
                    KbEntry other = byQid.get(q);
                    if (other.prominence() > best.prominence()) {
                        best = other;
                        tie = false;
                    } else if (other.prominence() == best.prominence() && other != best) {
                        tie = true;
                    }
                }
                if (tie) {
                    byDemonym.remove(k);
                } else {
                    byDemonym.put(k, best);
                }
            });
        }

        List<String> countryForms(String countryQid) {
            if (countryQid == null || !byQid.containsKey(countryQid)) {
                return List.of();
            }
            KbEntry c = byQid.get(countryQid);
            List<String> forms = new ArrayList<>();
            for (String n : concat(c.label(), c.aliases())) {
                forms.add(NameKey.plain(n));
            }
            for (String n : codesOf.getOrDefault(countryQid, List.of())) {
                forms.add(NameKey.plain(n));
            }
            for (String n : demonymsOf.getOrDefault(countryQid, List.of())) {
                forms.add(NameKey.plain(n));
            }
            forms.sort(Comparator.comparingInt(String::length).reversed());
            return forms;
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> l = new ArrayList<>(rest.size() + 1);
        l.add(first);
        l.addAll(rest);
        return l;
    }

    private static String roleIndexKey(String countryQid, String roleKey) {
        return (countryQid == null ? "" : countryQid) + "|" + roleKey;
    }

    /**
     * Removes the country from an office wording in {@link Names#plain} form: a leading
     * country name, code or demonym ("russian", "us", "united states") and a trailing
     * "of [the] country".
     */
    static String stripCountry(String plain, List<String> countryForms) {
        String p = plain.startsWith("the ") ? plain.substring(4) : plain;
        for (String f : countryForms) {
            if (f.isEmpty()) {
                continue;
            }
            if (p.endsWith(" of " + f)) {
                p = p.substring(0, p.length() - f.length() - 4);
            } else if (p.endsWith(" of the " + f)) {
                p = p.substring(0, p.length() - f.length() - 8);
            }
            if (p.startsWith(f + " ") && p.length() > f.length() + 1) {
                p = p.substring(f.length() + 1);
            }
        }
        return p.trim();
    }

    // ------------------------------------------------------------------ API

    /** Number of entries. */
    public int size() {
        return byQid.size();
    }

    /** The entry with this QID. */
    public Optional<KbEntry> get(String qid) {
        return Optional.ofNullable(qid == null ? null : byQid.get(qid));
    }

    /**
     * The spellings unlinked nodes' IRIs show ({@link Spellings}): the words of every label and
     * alias, so the list is fixed with the index. Made on first use, since only mapping needs it.
     */
    public Spellings spellings() {
        Spellings s = spellings;
        if (s == null) {
            synchronized (this) {
                if (spellings == null) {
                    List<String> names = new ArrayList<>(byQid.size() * 3);
                    for (KbEntry e : byQid.values()) {
                        names.add(e.label());
                        names.addAll(e.aliases());
                    }
                    spellings = Spellings.of(names);
                }
                s = spellings;
            }
        }
        return s;
    }

    private volatile Spellings spellings;

    /**
     * All entries whose label or alias has the same normalised key as the surface; codes
     * (US, NATO) match when the surface is written in capitals ("U.S.", "UK") or, for codes of
     * four letters or more, in title case ("Nato"). Foreign-language country names are used
     * only when nothing else matches. Ordered by prominence, highest first.
     */
    public List<KbEntry> lookup(String surface) {
        if (surface == null || surface.isBlank()) {
            return List.of();
        }
        return lookups.get(surface);
    }

    /** The same names are looked up for every mention, by the name finder, the resolver and the linker. */
    private final Memo<String, List<KbEntry>> lookups = new Memo<>(200_000, this::computeLookup);

    private List<KbEntry> computeLookup(String surface) {
        String k = NameKey.of(surface);
        List<KbEntry> out = new ArrayList<>();
        addNew(out, byKey.get(k));
        String code = codeForm(surface);
        if (code != null) {
            addNew(out, byCode.get(code));
        }
        if (out.isEmpty()) {
            addNew(out, byWeakKey.get(k));
        }
        if (out.isEmpty()) {
            return List.of();
        }
        out.sort(Comparator.comparingLong(KbEntry::prominence).reversed());
        return Collections.unmodifiableList(out);
    }

    /** Adds the entries not already there; entries are unique objects, and a record's hash walks its lists. */
    private static void addNew(List<KbEntry> to, List<KbEntry> more) {
        for (KbEntry e : more) {
            boolean there = false;
            for (KbEntry t : to) {
                there |= t == e;
            }
            if (!there) {
                to.add(e);
            }
        }
    }

    /** {@link #lookup(String)} restricted to the given types. */
    public List<KbEntry> lookup(String surface, KbType... types) {
        Set<KbType> want = types.length == 0 ? EnumSet.allOf(KbType.class) : EnumSet.copyOf(Arrays.asList(types));
        List<KbEntry> out = new ArrayList<>();
        for (KbEntry e : lookup(surface)) {
            if (want.contains(e.type())) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isPlainWord(String s) {
        String t = s.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x80 || c == ' ') {
                return false;
            }
        }
        return true;
    }

    /** The capitalised code form of a surface ("U.S." -> "US", "Nato" -> "NATO"), or null. */
    private static String codeForm(String surface) {
        String c = surface.replace(".", "").replace(" ", "").strip();
        if (c.length() < 2 || c.length() > 10) {
            return null;
        }
        boolean upper = true;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (!Character.isLetterOrDigit(ch) && ch != '&') {
                return null;
            }
            if (Character.isLowerCase(ch)) {
                upper = false;
            }
        }
        if (upper) {
            return c;
        }
        if (c.length() >= 4 && Character.isUpperCase(c.charAt(0))) {
            return c.toUpperCase(java.util.Locale.ROOT);
        }
        return null;
    }

    /** Persons whose last name token(s) match the surname (normalised, e.g. "Zelensky"). */
    public List<KbEntry> bySurname(String surname) {
        return bySurname.get(NameKey.of(surname));
    }

    /** The country of a demonym, code or country name: "Russian", "American", "U.S.", "British". */
    public Optional<KbEntry> countryOfDemonym(String adjective) {
        if (adjective == null || adjective.isBlank()) {
            return Optional.empty();
        }
        KbEntry d = byDemonym.get(NameKey.of(adjective));
        if (d != null) {
            return Optional.of(d);
        }
        List<KbEntry> cs = lookup(adjective, KbType.COUNTRY);
        if (cs.size() == 1
                || (cs.size() > 1 && cs.get(0).prominence() > cs.get(1).prominence())) {
            return Optional.of(cs.get(0));
        }
        return Optional.empty();
    }

    /**
     * The position a role wording denotes in a country: "President" in Q159 gives President
     * of Russia; "Foreign Minister" gives the Minister of Foreign Affairs. Country words in the
     * wording are ignored ("Russian Foreign Minister", "U.S. Secretary of State"). Empty when
     * nothing or more than one position fits without a clear lead in holders.
     */
    public Optional<KbEntry> position(String roleLabel, String countryQid) {
        if (roleLabel == null || roleLabel.isBlank()) {
            return Optional.empty();
        }
        List<String> forms = countryForms(countryQid);
        String rk = Names.roleKey(stripCountry(NameKey.plain(roleLabel), forms));
        List<KbEntry> cands = new ArrayList<>(positionsByRole.get(roleIndexKey(countryQid, rk)));
        if (cands.isEmpty()) {
            return Optional.empty();
        }
        if (cands.size() == 1) {
            return Optional.of(cands.get(0));
        }
        cands.sort(Comparator.comparingLong(KbEntry::prominence).reversed());
        long first = cands.get(0).prominence();
        long second = cands.get(1).prominence();
        return first >= 3 && first >= 3 * second ? Optional.of(cands.get(0)) : Optional.empty();
    }

    private List<String> countryForms(String countryQid) {
        return countryQid == null ? List.of() : countryForms.getOrDefault(countryQid, List.of());
    }

    /**
     * Whether the word is the first name of some person in the index ("Sergei", "Volodymyr"),
     * compared by normalised key.
     */
    public boolean isGivenName(String word) {
        return word != null && givenNames.contains(NameKey.of(word));
    }

    /**
     * Whether a role wording fits a position whatever its country: "Foreign Minister" fits
     * the Russian Minister of Foreign Affairs and "President" fits the President of Russia.
     */
    public boolean positionMatchesRole(String positionQid, String roleLabel) {
        Set<String> keys = positionQid == null ? null : roleKeysByPosition.get(positionQid);
        if (keys == null || roleLabel == null) {
            return false;
        }
        KbEntry p = byQid.get(positionQid);
        String rk = Names.roleKey(stripCountry(NameKey.plain(roleLabel), countryForms(p.countryQid())));
        return keys.contains(rk);
    }

    /**
     * Whether the surface is a known name (label, alias, code, or a foreign name unless that is a
     * single plain ASCII word) of any entry.
     */
    public boolean isKnownName(String surface) {
        return !typesOf(surface).isEmpty();
    }

    /** The kinds of entries the surface can name; empty if none. Cheap enough to call per span. */
    public Set<KbType> typesOf(String surface) {
        if (surface == null || surface.isBlank()) {
            return Set.of();
        }
        String k = NameKey.of(surface);
        Set<KbType> all = EnumSet.noneOf(KbType.class);
        byKey.get(k).forEach(e -> all.add(e.type()));
        if (!isPlainWord(surface)) {
            // a foreign name that is one plain ASCII word is too often an English word too
            // (German and Croatian "Island" for Iceland); "Türkiye" still counts
            byWeakKey.get(k).forEach(e -> all.add(e.type()));
        }
        String code = codeForm(surface);
        if (code != null) {
            byCode.get(code).forEach(e -> all.add(e.type()));
        }
        return Collections.unmodifiableSet(all);
    }
}

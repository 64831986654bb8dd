package org.newskg.link.build;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.newskg.link.KbType;
import org.newskg.link.Names;
import org.newskg.resolve.NameKey;

/**
 * Builds the compact offline index {@code wikidata-index.tsv.gz} from the Wikidata-derived
 * TSV tables (see {@code ../shared/wikidata/SOURCE.md}).
 *
 * <p>Output: a gzip UTF-8 TSV, one entry per line, columns
 * {@code type qid label aliases weak_aliases codes demonyms country prominence holdings keys}
 * ({@code |}-separated lists; holdings as {@code Qpos/start/end;...}; keys are the
 * {@link Names#key} forms of label and aliases, so that loading need not compute them). Lines
 * starting with {@code #} are comments; {@code # key-version N} records {@link NameKey#VERSION}. Only Latin-script names are kept.
 *
 * <p>Generic corrections of known source faults:
 * <ul>
 *   <li>dr5hn city QIDs are not used at all (SOURCE.md: noisy);</li>
 *   <li>a dr5hn first-level unit of a city/district kind whose name is the Natural Earth
 *       {@code admin1_name} of its country's national capital is the capital itself: its
 *       names go to the Natural Earth item and its own QID is dropped (this repairs the
 *       District of Columbia row, whose dr5hn QID is wrong);</li>
 *   <li>where country-coder and dr5hn disagree on a country QID, country-coder wins; the
 *       dr5hn-preferred item (e.g. Denmark proper beside the Kingdom of Denmark) is kept as a
 *       country too.</li>
 * </ul>
 */
public final class IndexBuilder {

    /** Counts of what went into the index. */
    public record Stats(Map<KbType, Integer> entries, int holdings, int names, long bytes) {
        @Override
        public String toString() {
            return "entries=" + entries + " holdings=" + holdings + " names=" + names + " bytes=" + bytes;
        }
    }

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9&]{1,9}");
    private static final Pattern QID = Pattern.compile("Q[0-9]+");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Pattern CAPITAL_UNIT = Pattern.compile(".*(city|capital|federal|district).*");

    /** Mutable entry while building. */
    private static final class E {
        final String qid;
        KbType type;
        String label;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> weak = new LinkedHashSet<>();
        final Set<String> codes = new LinkedHashSet<>();
        final Set<String> demonyms = new LinkedHashSet<>();
        String country;
        /** 'm' or 'f' as the source gives it for a person, else 0. */
        char gender;

        long prominence;
        final Set<String> holdings = new LinkedHashSet<>();
        final Set<String> positionsHeld = new HashSet<>();
        boolean leader;
        boolean enwiki;

        E(String qid, KbType type, String label) {
            this.qid = qid;
            this.type = type;
            this.label = label;
        }

        void alias(String a) {
            if (a == null) {
                return;
            }
            a = a.strip();
            if (a.isEmpty()
                    || a.equals(label)
                    || !Names.isLatin(a)
                    || DIGIT.matcher(a).find()) {
                return;
            }
            aliases.add(a);
        }
    }

    /** The given-name gender table, written next to the index. */
    public static final String GIVEN_NAME_GENDERS = "given-name-genders.tsv";

    private final Map<String, E> byQid = new LinkedHashMap<>();
    private final Map<String, String> countryByIso2 = new HashMap<>();

    private IndexBuilder() {}

    /** Reads the TSVs in {@code wikidataDir} and writes the gzip index to {@code outFile}. */
    public static Stats build(Path wikidataDir, Path outFile) {
        IndexBuilder b = new IndexBuilder();
        try {
            b.countries(wikidataDir.resolve("countries_regions.tsv"));
            b.places(wikidataDir.resolve("places_naturalearth.tsv"));
            b.admin1(wikidataDir.resolve("admin1_dr5hn.tsv"), wikidataDir.resolve("places_naturalearth.tsv"));
            b.organisations(wikidataDir.resolve("organisations_supraverden.tsv"));
            b.positions(wikidataDir.resolve("ep_positions.tsv"));
            b.persons(wikidataDir);
            b.supplement();
            b.cleanWeakAliases();
            b.dropCountryNamesOfOthers();
            b.countryProminence();
            Stats stats = b.write(outFile);
            b.writeGivenNameGenders(outFile.resolveSibling(GIVEN_NAME_GENDERS));
            return stats;
        } catch (IOException e) {
            throw new UncheckedIOException("building index from " + wikidataDir + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ reading

    private static void readTsv(Path file, Consumer<Map<String, String>> row) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            readTsv(r, row);
        }
    }

    private static void readTsv(BufferedReader r, Consumer<Map<String, String>> row) throws IOException {
        {
            String header = r.readLine();
            while (header != null && header.startsWith("#")) {
                header = r.readLine();
            }
            if (header == null) {
                return;
            }
            String[] cols = header.split("\t", -1);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] v = line.split("\t", -1);
                Map<String, String> m = new HashMap<>(cols.length * 2);
                for (int i = 0; i < cols.length; i++) {
                    m.put(cols[i], i < v.length ? v[i].strip() : "");
                }
                row.accept(m);
            }
        }
    }

    private static List<String> split(String cell, String sep) {
        List<String> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return out;
        }
        for (String s : cell.split(Pattern.quote(sep))) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static boolean isQid(String s) {
        return s != null && QID.matcher(s).matches();
    }

    private E entry(String qid, KbType type, String label) {
        E e = byQid.get(qid);
        if (e == null) {
            e = new E(qid, type, label);
            byQid.put(qid, e);
        } else if (label != null && !label.equals(e.label)) {
            e.alias(label);
        }
        return e;
    }

    // ------------------------------------------------------------------ sources

    private void countries(Path file) throws IOException {
        Set<String> dr5hnPreferred = new HashSet<>();
        readTsv(file, r -> {
            String other = r.get("dr5hn_qid_if_different");
            if (isQid(other)) {
                dr5hnPreferred.add(other);
            }
        });
        readTsv(file, r -> {
            String qid = r.get("qid");
            if (!isQid(qid)) {
                return;
            }
            KbType type = switch (r.get("level")) {
                case "country", "territory" -> KbType.COUNTRY;
                case "region" -> KbType.CONTINENT;
                case "union", "unitedNations" -> KbType.ORGANIZATION;
                case "world" -> null;
                case "" -> dr5hnPreferred.contains(qid) ? KbType.COUNTRY : KbType.REGION;
                default -> KbType.REGION;
            };
            if (type == null) {
                return;
            }
            E e = entry(qid, type, r.get("name_en"));
            for (String n : split(r.get("other_names"), "|")) {
                if (Names.isLatin(n) && !n.equals(e.label)) {
                    if (shortNameOf(e.label, n)) {
                        e.aliases.add(n); // "China" of "People's Republic of China": the name news uses
                    } else {
                        e.weak.add(n);
                    }
                }
            }
            for (String c : List.of(r.get("iso2"), r.get("iso3"))) {
                if (CODE.matcher(c).matches()) {
                    e.codes.add(c);
                }
            }
            for (String c : split(r.get("code_aliases"), ",")) {
                if (CODE.matcher(c).matches()) {
                    e.codes.add(c);
                }
            }
            for (String d : split(r.get("demonym"), ",")) {
                if (Names.isLatin(d)) {
                    e.demonyms.add(d);
                }
            }
            if (type == KbType.COUNTRY) {
                e.prominence = r.get("level").equals("country") ? 1_000_000_000L : 100_000_000L;
                e.country = qid;
                String iso2 = r.get("iso2");
                if (iso2.length() == 2 && !countryByIso2.containsKey(iso2)) {
                    countryByIso2.put(iso2, qid);
                }
            } else if (type == KbType.CONTINENT) {
                e.prominence = 2_000_000_000L;
            } else if (type == KbType.REGION) {
                // sub-territories carry their country in an ISO 3166-2 code alias (GB-ENG, US-HI)
                for (String c : split(r.get("code_aliases"), ",")) {
                    if (c.length() > 3 && c.charAt(2) == '-') {
                        e.country = c.substring(0, 2); // resolved to a QID after all rows are read
                    }
                }
            }
        });
        for (E e : byQid.values()) {
            if (e.country != null && !isQid(e.country)) {
                e.country = countryByIso2.get(e.country);
            }
        }
    }

    private void places(Path file) throws IOException {
        readTsv(file, r -> {
            String qid = r.get("qid");
            if (!isQid(qid)) {
                return;
            }
            String label = r.get("name_en").isEmpty() ? r.get("name") : r.get("name_en");
            E e = byQid.get(qid);
            if (e == null) {
                e = entry(qid, KbType.CITY, label);
            } else {
                e.alias(label);
            }
            e.alias(r.get("name"));
            for (String n : split(r.get("other_names"), "|")) {
                e.alias(n);
            }
            if (e.type == KbType.CITY) {
                e.country = countryByIso2.get(r.get("country_iso2"));
                try {
                    e.prominence = Math.max(e.prominence, (long) Double.parseDouble(r.get("pop_max")));
                } catch (NumberFormatException ignored) {
                    // no population: prominence stays 0
                }
            }
        });
    }

    private void admin1(Path file, Path nePlaces) throws IOException {
        // national capitals by (country iso2, normalised admin1 name), for the capital-unit rule
        Map<String, String> capitalByAdmin1 = new HashMap<>();
        readTsv(nePlaces, r -> {
            if (isQid(r.get("qid")) && r.get("featurecla").equals("Admin-0 capital")) {
                capitalByAdmin1.put(r.get("country_iso2") + "|" + NameKey.of(r.get("admin1_name")), r.get("qid"));
            }
        });
        readTsv(file, r -> {
            String qid = r.get("qid");
            if (!isQid(qid)) {
                return;
            }
            String iso2 = r.get("country_iso2");
            String name = r.get("name");
            String capital = capitalByAdmin1.get(iso2 + "|" + NameKey.of(name));
            if (capital != null
                    && !capital.equals(qid)
                    && CAPITAL_UNIT.matcher(r.get("type")).matches()
                    && byQid.containsKey(capital)
                    && namesUnit(byQid.get(capital), name)) {
                E city = byQid.get(capital);
                city.alias(name);
                System.err.println("admin1 " + qid + " '" + name + "' (" + r.get("type")
                        + ") is the national capital: names merged into " + capital + " '" + city.label + "'");
                return;
            }
            E e = byQid.get(qid);
            if (e == null) {
                e = entry(qid, KbType.REGION, name);
                e.country = countryByIso2.get(iso2);
            } else {
                e.alias(name);
            }
            e.alias(r.get("native"));
        });
    }

    /**
     * Whether one of the city's names carries the initials of the unit's name as a word, as
     * "Washington, D.C." does for "District of Columbia".
     */
    private static boolean namesUnit(E city, String unitName) {
        StringBuilder initials = new StringBuilder();
        for (String w : unitName.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        if (initials.length() < 2) {
            return false;
        }
        List<String> names = new ArrayList<>(city.aliases);
        names.add(city.label);
        for (String n : names) {
            for (String tok : NameKey.plain(n).split(" ")) {
                if (tok.contentEquals(initials)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void organisations(Path file) throws IOException {
        readTsv(file, r -> {
            String qid = r.get("qid");
            if (!isQid(qid)) {
                return;
            }
            E e = entry(qid, KbType.ORGANIZATION, r.get("name_en"));
            e.type = KbType.ORGANIZATION;
            for (String n : split(r.get("other_names_en_and_abbrev"), "|")) {
                String compact = n.replace(".", "");
                if (CODE.matcher(compact).matches()) {
                    e.codes.add(compact);
                } else {
                    e.alias(n);
                }
            }
            e.prominence = Math.max(e.prominence, 1);
        });
    }

    /** Our own list of places the source tables lack (regions, historical states, seats of government). */
    static final String SUPPLEMENT = "/org/newskg/link/build/places-supplement.tsv";

    private void supplement() throws IOException {
        try (java.io.InputStream in = IndexBuilder.class.getResourceAsStream(SUPPLEMENT)) {
            if (in == null) {
                throw new IOException(SUPPLEMENT + " is missing from the class path");
            }
            readTsv(new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)), r -> {
                String qid = r.get("qid");
                if (!isQid(qid) || byQid.containsKey(qid)) {
                    return; // the source tables know it already
                }
                E e = entry(qid, KbType.REGION, r.get("label"));
                for (String a : split(r.get("aliases"), "|")) {
                    String compact = a.replace(".", "");
                    if (CODE.matcher(compact).matches()) {
                        e.codes.add(compact);
                    } else {
                        e.alias(a.startsWith("the ") ? a.substring(4) : a);
                    }
                }
                if (isQid(r.get("country_qid"))) {
                    e.country = r.get("country_qid");
                }
                e.prominence = Math.max(e.prominence, 1);
            });
        }
    }

    private void positions(Path file) throws IOException {
        readTsv(file, r -> {
            String qid = r.get("qid");
            if (!isQid(qid) || r.get("label").isEmpty()) {
                return;
            }
            E e = entry(qid, KbType.POSITION, r.get("label"));
            for (String s : split(r.get("short_labels"), "|")) {
                e.alias(s);
            }
            e.alias(r.get("enwiki").replaceAll("\\s*\\(.*\\)$", ""));
            String c = r.get("country_qid");
            if (isQid(c)) {
                e.country = c;
            }
        });
    }

    private static final java.util.regex.Pattern POST_NOMINALS =
            java.util.regex.Pattern.compile(",\\s*[\\p{Lu}.]{2,}(?:\\s*,\\s*[\\p{Lu}.]{2,})*\\s*$");

    /**
     * "Jane Doe, CBE" is Jane Doe: honours and degrees after a comma are no part of the name (the
     * name's last word would otherwise be taken for a surname, and "CBS" would name a person).
     */
    static String withoutPostNominals(String name) {
        return POST_NOMINALS.matcher(name).replaceFirst("");
    }

    private static char genderOf(String cell) {
        String g = cell == null ? "" : cell.strip().toLowerCase(java.util.Locale.ROOT);
        return g.equals("male") || g.equals("m") ? 'm' : g.equals("female") || g.equals("f") ? 'f' : 0;
    }

    /** Share of one gender a given name needs among the index's people to be listed with it. */
    static final double GENDER_SHARE = 0.95;
    /** People a given name needs in the index to be listed. */
    static final int GENDER_MIN_PEOPLE = 3;

    /**
     * Given names with the gender nearly all the index's people who bear them share ("Lena" f,
     * "Anders" m), as {@code key TAB m|f} lines: a pronoun ("she said") can then pass over a person
     * of the other gender. Names shared by both (fewer than {@link #GENDER_SHARE}) are left out.
     */
    private int writeGivenNameGenders(Path out) throws IOException {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (E e : byQid.values()) {
            if (e.type != KbType.PERSON || e.gender == 0 || e.label == null) {
                continue;
            }
            String label = e.label.strip();
            int sp = label.indexOf(' ');
            String first = sp < 0 ? "" : NameKey.of(label.substring(0, sp));
            if (first.length() <= 1 || first.contains(" ")) {
                continue; // a single name, an initial, or a compound ("Jean-Claude" says nothing of "Jean")
            }
            counts.computeIfAbsent(first, k -> new int[2])[e.gender == 'm' ? 0 : 1]++;
        }
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# given name (name key) TAB m|f: the gender of at least " + (int) (GENDER_SHARE * 100)
                    + "% of the index's people (" + GENDER_MIN_PEOPLE + " or more) with that first name. Built by "
                    + IndexBuilder.class.getName() + " from the same tables as the index.\n");
            for (var c : counts.entrySet()) {
                int m = c.getValue()[0];
                int f = c.getValue()[1];
                if (m + f >= GENDER_MIN_PEOPLE && Math.max(m, f) >= GENDER_SHARE * (m + f)) {
                    w.write(c.getKey() + "\t" + (m > f ? 'm' : 'f') + "\n");
                    written++;
                }
            }
        }
        return written;
    }

    private void persons(Path dir) throws IOException {
        readTsv(dir.resolve("ep_persons.tsv"), r -> {
            String qid = r.get("qid");
            if (!isQid(qid) || !Names.isLatin(r.get("label"))) {
                return;
            }
            E e = entry(qid, KbType.PERSON, r.get("label"));
            for (String n : split(r.get("other_names"), "|")) {
                e.alias(withoutPostNominals(n));
            }
            e.gender = genderOf(r.get("gender"));
            List<String> cs = split(r.get("country_qids"), ",");
            if (!cs.isEmpty() && e.country == null) {
                e.country = cs.get(0);
            }
            e.enwiki |= !r.get("enwiki").isEmpty();
        });
        readTsv(dir.resolve("us_congress_legislators.tsv"), r -> {
            String qid = r.get("qid");
            if (!isQid(qid)) {
                return;
            }
            E e = entry(qid, KbType.PERSON, r.get("official_full_name"));
            for (String n : split(r.get("other_names"), "|")) {
                e.alias(n);
            }
            e.gender = genderOf(r.get("gender"));
            e.country = "Q30";
            e.enwiki |= !r.get("enwiki").isEmpty();
        });
        Map<String, String> positionByEnwiki = new HashMap<>();
        readTsv(dir.resolve("ep_positions.tsv"), r -> {
            if (isQid(r.get("qid")) && !r.get("enwiki").isEmpty()) {
                positionByEnwiki.putIfAbsent(r.get("enwiki"), r.get("qid"));
            }
        });
        readTsv(dir.resolve("world_leaders_ep_2022.tsv"), r -> {
            String qid = r.get("person_qid");
            String pos = r.get("position_qid");
            if (!isQid(qid) || !Names.isLatin(r.get("person_label"))) {
                return;
            }
            E e = entry(qid, KbType.PERSON, r.get("person_label"));
            if (e.country == null) {
                e.country = r.get("country_qid");
            }
            e.leader = true;
            if (isQid(pos)) {
                E p = entry(pos, KbType.POSITION, r.get("position_label"));
                if (p.country == null && isQid(r.get("country_qid"))) {
                    p.country = r.get("country_qid");
                }
                e.holdings.add(pos + "/" + r.get("start_year") + "/" + r.get("end_year"));
                e.positionsHeld.add(pos);
            }
        });
        readTsv(dir.resolve("world_leaders_current_oda.tsv"), r -> {
            String qid = r.get("person_qid");
            if (!isQid(qid) || !Names.isLatin(r.get("name_en"))) {
                return;
            }
            E e = entry(qid, KbType.PERSON, r.get("name_en"));
            e.alias(r.get("name_local"));
            e.leader = true;
            String pos = positionByEnwiki.get(r.get("office_enwiki"));
            if (pos != null) {
                e.holdings.add(pos + "/" + r.get("since") + "/");
                e.positionsHeld.add(pos);
            }
            String country = countryByIso2.get(r.get("country_iso"));
            if (e.country == null && country != null) {
                e.country = country;
            }
        });
        Map<String, Set<String>> positionCountries = new HashMap<>();
        readTsv(dir.resolve("ep_position_holdings.tsv"), r -> {
            String qid = r.get("person_qid");
            String pos = r.get("position_qid");
            if (!isQid(qid) || !isQid(pos)) {
                return;
            }
            E e = byQid.get(qid);
            if (e == null) {
                if (!Names.isLatin(r.get("person_label"))) {
                    return;
                }
                e = entry(qid, KbType.PERSON, r.get("person_label"));
                e.country = isQid(r.get("country_qid")) ? r.get("country_qid") : null;
            }
            if (e.type != KbType.PERSON) {
                return;
            }
            e.holdings.add(pos + "/" + r.get("start") + "/" + r.get("end"));
            e.positionsHeld.add(pos);
            E p = byQid.get(pos);
            if (p == null) {
                p = entry(pos, KbType.POSITION, r.get("position_label"));
            }
            if (p.type == KbType.POSITION && isQid(r.get("country_qid"))) {
                positionCountries.computeIfAbsent(pos, k -> new HashSet<>()).add(r.get("country_qid"));
            }
        });
        // positions without a country: take it from their holders' rows when those agree
        positionCountries.forEach((pos, cs) -> {
            E p = byQid.get(pos);
            if (p.country == null && cs.size() == 1) {
                p.country = cs.iterator().next();
            }
        });
        Map<String, Integer> holders = new HashMap<>();
        for (E e : byQid.values()) {
            if (e.type == KbType.PERSON) {
                e.prominence = e.positionsHeld.size() + (e.leader ? 10 : 0) + (e.enwiki ? 1 : 0);
                for (String p : e.positionsHeld) {
                    holders.merge(p, 1, Integer::sum);
                }
            }
        }
        holders.forEach((p, n) -> {
            E e = byQid.get(p);
            if (e != null && e.type == KbType.POSITION) {
                e.prominence = n;
            }
        });
    }

    private static final Set<String> PARTICLES = org.newskg.nlp.WordList.load("name-particles");

    /**
     * A person's first and last name when the label has middle names between them ("Recep Tayyip
     * Erdoğan"), as news often writes it; null for two-word names and when a particle makes the end
     * of the name more than one word ("Mohammed bin Salman", "Ursula von der Leyen").
     */
    static String withoutMiddleNames(String label) {
        String[] t = label.trim().split("\\s+");
        if (t.length < 3
                || PARTICLES.contains(t[t.length - 2].toLowerCase(java.util.Locale.ROOT))
                || t[t.length - 1].matches("(?i)jr\\.?|sr\\.?|[ivx]+")) {
            return null;
        }
        return t[0] + " " + t[t.length - 1];
    }

    /** Whether {@code name} is the short form a formal label ends with: "China" of "People's Republic of China". */
    static boolean shortNameOf(String label, String name) {
        return label.endsWith(" of " + name) || label.endsWith(" of the " + name);
    }

    /**
     * Foreign-language country names are kept only as weak aliases, and only where they do not
     * collide with a label, alias or code of another entry ("Island" for Iceland in German and
     * Croatian is kept, "Georgia" translations of other items would not be).
     */
    private void cleanWeakAliases() {
        Map<String, String> strong = new HashMap<>();
        for (E e : byQid.values()) {
            strong.putIfAbsent(NameKey.of(e.label), e.qid);
            for (String a : e.aliases) {
                strong.putIfAbsent(NameKey.of(a), e.qid);
            }
        }
        Map<String, Integer> weakCount = new HashMap<>();
        for (E e : byQid.values()) {
            Set<String> keys = new HashSet<>();
            for (String w : e.weak) {
                keys.add(NameKey.of(w));
            }
            for (String k : keys) {
                weakCount.merge(k, 1, Integer::sum);
            }
        }
        for (E e : byQid.values()) {
            e.weak.removeIf(w -> {
                String k = NameKey.of(w);
                String owner = strong.get(k);
                return (owner != null && !owner.equals(e.qid)) || weakCount.get(k) > 1 || k.length() < 3;
            });
            e.weak.removeIf(w -> NameKey.of(w).equals(NameKey.of(e.label)));
        }
    }

    /**
     * A place or organisation alias that is the name or code of a country ("Russia" as an
     * alternative name of an Antarctic station) names the country, not the entry.
     */
    private void dropCountryNamesOfOthers() {
        Set<String> countryKeys = new HashSet<>();
        for (E e : byQid.values()) {
            if (e.type == KbType.COUNTRY || e.type == KbType.CONTINENT) {
                countryKeys.add(NameKey.of(e.label));
                e.aliases.forEach(a -> countryKeys.add(NameKey.of(a)));
                e.codes.forEach(a -> countryKeys.add(NameKey.of(a)));
            }
        }
        for (E e : byQid.values()) {
            if (e.type == KbType.CITY || e.type == KbType.REGION || e.type == KbType.ORGANIZATION) {
                e.aliases.removeIf(a -> countryKeys.contains(NameKey.of(a)));
            }
        }
    }

    /**
     * Countries rank by how many persons, places and positions of the index belong to them,
     * so that a shared name or demonym goes to the main country ("American": the United States,
     * not its Minor Outlying Islands).
     */
    private void countryProminence() {
        Map<String, Integer> members = new HashMap<>();
        for (E e : byQid.values()) {
            if (e.country != null && e.type != KbType.COUNTRY) {
                members.merge(e.country, 1, Integer::sum);
            }
        }
        for (E e : byQid.values()) {
            if (e.type == KbType.COUNTRY) {
                e.prominence += members.getOrDefault(e.qid, 0);
            }
        }
    }

    // ------------------------------------------------------------------ writing

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('|', '/').replace('\n', ' ');
    }

    private static String join(Set<String> s) {
        StringBuilder b = new StringBuilder();
        for (String x : s) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(clean(x));
        }
        return b.toString();
    }

    private Stats write(Path out) throws IOException {
        Map<KbType, Integer> counts = new EnumMap<>(KbType.class);
        int holdings = 0;
        int names = 0;
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8))) {
            w.write("# newskg offline Wikidata index (derived data; see NOTICE). Built by "
                    + IndexBuilder.class.getName() + "\n");
            w.write("# key-version " + NameKey.VERSION + "\n");
            w.write(
                    "# type\tqid\tlabel\taliases\tweak_aliases\tcodes\tdemonyms\tcountry\tprominence\tholdings\tkeys\n");
            for (E e : byQid.values()) {
                if (e.label == null || e.label.isBlank()) {
                    continue;
                }
                if (e.type == KbType.POSITION && e.country == null && e.prominence == 0) {
                    continue; // unused position without a country: nothing can find it usefully
                }
                counts.merge(e.type, 1, Integer::sum);
                holdings += e.holdings.size();
                names += 1 + e.aliases.size() + e.weak.size();
                w.write(e.type.name());
                w.write('\t');
                w.write(e.qid);
                w.write('\t');
                w.write(clean(e.label));
                w.write('\t');
                w.write(join(e.aliases));
                w.write('\t');
                w.write(join(e.weak));
                w.write('\t');
                w.write(join(e.codes));
                w.write('\t');
                w.write(join(e.demonyms));
                w.write('\t');
                w.write(e.country == null ? "" : e.country);
                w.write('\t');
                w.write(Long.toString(e.prominence));
                w.write('\t');
                w.write(String.join(";", e.holdings));
                w.write('\t');
                Set<String> keys = new LinkedHashSet<>();
                keys.add(NameKey.of(e.label));
                e.aliases.forEach(a -> keys.add(NameKey.of(a)));
                if (e.type == KbType.PERSON) {
                    String shortName = withoutMiddleNames(e.label);
                    if (shortName != null) {
                        keys.add(NameKey.of(shortName)); // "Recep Erdogan" for "Recep Tayyip Erdoğan"
                    }
                }
                keys.remove("");
                w.write(String.join("|", keys));
                w.write('\n');
            }
        }
        return new Stats(counts, holdings, names, Files.size(out));
    }

    /** {@code IndexBuilder [wikidataDir [outFile]]}. */
    public static void main(String[] args) {
        Path src = Paths.get(args.length > 0 ? args[0] : "../shared/wikidata");
        Path out = Paths.get(args.length > 1 ? args[1] : "src/main/resources/org/newskg/link/wikidata-index.tsv.gz");
        long t0 = System.nanoTime();
        Stats s = build(src, out);
        System.out.printf("wrote %s: %s in %d ms%n", out, s, (System.nanoTime() - t0) / 1_000_000);
    }
}

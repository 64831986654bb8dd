package org.newskg.link.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.link.KbEntry;
import org.newskg.link.KbType;
import org.newskg.link.WikidataIndex;

/** The index build on a small invented sample in the source tables' formats (see ../shared/wikidata/SOURCE.md). */
class IndexBuilderTest {

    private static void tsv(Path dir, String file, String... lines) throws Exception {
        Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static WikidataIndex buildSample(Path dir) throws Exception {
        tsv(
                dir,
                "countries_regions.tsv",
                "qid\tname_en\tother_names\tlevel\tiso2\tiso3\tisoN3\tm49\tcode_aliases\tgroup_codes\tcapital_name\tdemonym\tregion\tsubregion\tdr5hn_qid_if_different",
                "Q9000001\tFreedonia\tFreedonie|Фридония\tcountry\tFD\tFDN\t999\t\t\t\tFredville\tFreedonian\tEurope\tEastern Europe\t");
        tsv(
                dir,
                "places_naturalearth.tsv",
                "qid\tname\tname_en\tother_names\tname_ru\tname_de\tname_fr\tname_es\tname_pt\tname_zh\tfeaturecla\tis_national_capital\tcountry_iso2\tcountry_name\tadmin1_name\tpop_max\tlat\tlon\tgeonameid\tscalerank",
                "Q9000002\tFredville\tFredville\tFredvil\t\t\t\t\t\t\tAdmin-0 capital\t1.0\tFD\tFreedonia\tCapital\t2500000\t1.0\t2.0\t1\t0");
        tsv(
                dir,
                "admin1_dr5hn.tsv",
                "qid\tname\tnative\ttype\tcountry_iso2\tcountry_name\tiso3166_2\tlat\tlon",
                "Q9000003\tNorth March\t\tprovince\tFD\tFreedonia\tFD-NM\t1.0\t2.0");
        tsv(
                dir,
                "organisations_supraverden.tsv",
                "qid\tname_en\tother_names_en_and_abbrev\tnames_other_langs\torg_family\ttype\theadquarters\tyear_established\tleadership_role\tleadership_role_qid\twebsite",
                "Q9000004\tLeague of Sample Nations\tLSN|Sample League\t\t\t\tFredville\t1990\t\t\t");
        tsv(
                dir,
                "ep_positions.tsv",
                "qid\tlabel\tshort_labels\tcountry_qid\tjurisdiction_qid\tenwiki\tsource_repos",
                "Q9000010\tPresident of Freedonia\tPresident\tQ9000001\tQ9000001\tPresident of Freedonia\tsample");
        tsv(
                dir,
                "ep_persons.tsv",
                "qid\tlabel\tother_names\tgender\tdob\tenwiki\tcountry_qids\tsource_repos",
                "Q9000020\tRufus Firefly\tRoufous Firefly\tmale\t1933-11-17\tRufus Firefly\tQ9000001\tsample");
        tsv(
                dir,
                "ep_position_holdings.tsv",
                "person_qid\tperson_label\tposition_qid\tposition_label\tstart\tend\tcountry_qid\tsource_repo\tsource_table",
                "Q9000020\tRufus Firefly\tQ9000010\tPresident\t2020-01-01\t2024-12-31\tQ9000001\tsample\tcurrent");
        tsv(
                dir,
                "us_congress_legislators.tsv",
                "qid\tofficial_full_name\tother_names\tbirthday\tgender\tbioguide\tenwiki\tchambers\tlast_term_type\tlast_term_state\tlast_term_party\tfirst_term_start\tlast_term_end");
        tsv(
                dir,
                "world_leaders_ep_2022.tsv",
                "country_qid\tcountry\tposition_qid\tposition_label\tperson_qid\tperson_label\tstart_year\tend_year");
        tsv(
                dir,
                "world_leaders_current_oda.tsv",
                "person_qid\tname_en\tname_local\trole\ttitle_en\ttitle_local\toffice_enwiki\tcountry_iso\tcountry\tsince\tparty\tborn\tsnapshot_date");
        Path out = dir.resolve("index.tsv.gz");
        IndexBuilder.Stats stats = IndexBuilder.build(dir, out);
        assertTrue(stats.bytes() > 0, stats.toString());
        try (InputStream in = Files.newInputStream(out)) {
            return WikidataIndex.load(in);
        }
    }

    private static List<String> qids(List<KbEntry> entries) {
        return entries.stream().map(KbEntry::qid).toList();
    }

    @Test
    void sampleTablesGiveLookupsDemonymsPositionsAndHoldings(@TempDir Path dir) throws Exception {
        WikidataIndex kb = buildSample(dir);
        assertEquals(List.of("Q9000020"), qids(kb.lookup("Rufus Firefly", KbType.PERSON)));
        assertEquals(
                List.of("Q9000020"), qids(kb.lookup("Roufous Firefly", KbType.PERSON)), "scraped spelling as alias");
        assertEquals("Q9000001", kb.countryOfDemonym("Freedonian").orElseThrow().qid());
        assertTrue(qids(kb.lookup("Fredville")).contains("Q9000002"));
        assertTrue(qids(kb.lookup("LSN")).contains("Q9000004"), "organisation abbreviation as code");
        assertEquals(
                "Q9000010", kb.position("President", "Q9000001").orElseThrow().qid());
        KbEntry firefly = kb.get("Q9000020").orElseThrow();
        assertTrue(firefly.held("Q9000010", "2022-06-01"));
        assertFalse(firefly.held("Q9000010", "2019-06-01"));
        assertTrue(kb.lookup("Фридония").isEmpty(), "only Latin-script names are kept");
    }

    @Test
    void ourPlaceSupplementAddsRegionsHistoricalStatesAndSeatsOfGovernment(@TempDir Path dir) throws Exception {
        WikidataIndex kb = buildSample(dir);
        assertEquals(List.of("Q7204"), qids(kb.lookup("Middle East")));
        assertEquals(List.of("Q7318"), qids(kb.lookup("Third Reich")));
        assertEquals(List.of("Q15180"), qids(kb.lookup("USSR")));
        KbEntry whiteHouse = kb.lookup("White House").get(0);
        assertEquals("Q35525", whiteHouse.qid());
        assertTrue(whiteHouse.type().isPlace());
        assertEquals("Q30", whiteHouse.countryQid());
    }

    @Test
    void theShortFormAFormalCountryLabelEndsWithIsAnAlias() {
        assertTrue(IndexBuilder.shortNameOf("People's Republic of Freedonia", "Freedonia"));
        assertTrue(IndexBuilder.shortNameOf("Kingdom of the Lowlands", "Lowlands"));
        assertFalse(IndexBuilder.shortNameOf("Freedonia", "Freedonie"));
    }

    @Test
    void aNameWithMiddleNamesIsAlsoKeyedByItsFirstAndLastName() {
        assertEquals("Ana Lopes", IndexBuilder.withoutMiddleNames("Ana Maria Souza Lopes"));
        assertEquals(null, IndexBuilder.withoutMiddleNames("Ana Lopes"));
        assertEquals(null, IndexBuilder.withoutMiddleNames("Khalid bin Salem"));
        assertEquals(null, IndexBuilder.withoutMiddleNames("John Smith Jr."));
    }

    @Test
    void honoursAfterACommaAreNoPartOfAPersonsName() {
        // "CBE" taken for the surname of "Jane Doe, CBE" made a broadcaster's acronym a person
        assertEquals("Prof. Jane A. Doe", IndexBuilder.withoutPostNominals("Prof. Jane A. Doe, CBE"));
        assertEquals("Jane Doe", IndexBuilder.withoutPostNominals("Jane Doe, OBE, M.B.A."));
        assertEquals("Doe, Jane", IndexBuilder.withoutPostNominals("Doe, Jane"));
        assertEquals("Tom Reed, Jr.", IndexBuilder.withoutPostNominals("Tom Reed, Jr."));
    }
}

package org.newskg.link.online;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.newskg.link.Holding;

/**
 * What the linker needs of one Wikidata item, read from a {@code wbgetentities} entity: English
 * label and aliases, the item values of P31 (instance of), P17 (country), P27 (citizenship), P39
 * (position held, with P580 start and P582 end), whether it has P625 (coordinates) or P159
 * (headquarters), and the number of sitelinks (a measure of prominence). Deprecated statements
 * are left out.
 */
public record WikidataItem(
        String qid,
        String label,
        List<String> aliases,
        List<String> instanceOf,
        List<String> countries,
        List<String> citizenships,
        List<Holding> positions,
        boolean hasCoordinates,
        boolean hasHeadquarters,
        int sitelinks) {
    public WikidataItem {
        aliases = List.copyOf(aliases);
        instanceOf = List.copyOf(instanceOf);
        countries = List.copyOf(countries);
        citizenships = List.copyOf(citizenships);
        positions = List.copyOf(positions);
    }

    /** The item of one {@code entities} member; null for a missing or non-item entity. */
    static WikidataItem parse(JsonNode e, String language) {
        if (e == null
                || e.has("missing")
                || !e.hasNonNull("id")
                || !"item".equals(e.path("type").asText("item"))) {
            return null;
        }
        String label = e.path("labels").path(language).path("value").asText(null);
        List<String> aliases = new ArrayList<>();
        for (JsonNode a : e.path("aliases").path(language)) {
            if (a.hasNonNull("value")) {
                aliases.add(a.get("value").asText());
            }
        }
        JsonNode claims = e.path("claims");
        List<Holding> positions = new ArrayList<>();
        for (JsonNode st : statements(claims, "P39")) {
            String pos = itemValue(st.path("mainsnak"));
            if (pos != null) {
                JsonNode q = st.path("qualifiers");
                positions.add(new Holding(pos, time(q.path("P580")), time(q.path("P582"))));
            }
        }
        return new WikidataItem(
                e.get("id").asText(),
                label,
                aliases,
                items(claims, "P31"),
                items(claims, "P17"),
                items(claims, "P27"),
                positions,
                !statements(claims, "P625").isEmpty(),
                !statements(claims, "P159").isEmpty(),
                e.path("sitelinks").size());
    }

    private static List<JsonNode> statements(JsonNode claims, String property) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode st : claims.path(property)) {
            if (!"deprecated".equals(st.path("rank").asText())) {
                out.add(st);
            }
        }
        return out;
    }

    private static List<String> items(JsonNode claims, String property) {
        List<String> out = new ArrayList<>();
        for (JsonNode st : statements(claims, property)) {
            String v = itemValue(st.path("mainsnak"));
            if (v != null && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** The item id of a snak with snaktype value and a wikibase-entityid value, else null. */
    private static String itemValue(JsonNode snak) {
        if (!"value".equals(snak.path("snaktype").asText())) {
            return null; // "somevalue" / "novalue"
        }
        JsonNode v = snak.path("datavalue").path("value");
        if (v.hasNonNull("id")) {
            return v.get("id").asText();
        }
        return v.has("numeric-id") ? "Q" + v.get("numeric-id").asLong() : null;
    }

    /**
     * The first dated qualifier value as an ISO prefix at its precision: "+2019-05-20T00:00:00Z"
     * with precision 11 gives "2019-05-20", 10 gives "2019-05", 9 (or coarser) gives "2019".
     */
    private static String time(JsonNode qualifiers) {
        for (Iterator<JsonNode> it = qualifiers.elements(); it.hasNext(); ) {
            JsonNode snak = it.next();
            if (!"value".equals(snak.path("snaktype").asText())) {
                continue;
            }
            JsonNode v = snak.path("datavalue").path("value");
            String t = v.path("time").asText("");
            if (t.length() < 5) {
                continue;
            }
            if (t.startsWith("+")) {
                t = t.substring(1);
            } else if (t.startsWith("-")) {
                continue; // BCE: no use for news
            }
            int p = v.path("precision").asInt(11);
            int len = p >= 11 ? 10 : p == 10 ? 7 : 4;
            if (t.length() < len) {
                continue;
            }
            return t.substring(0, len);
        }
        return null;
    }
}

package org.newskg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The gold annotations of a folder of articles (one JSON file per article, GOLD_FORMAT.md), merged
 * over the articles: persons and places by canonical name, meetings by their shared id.
 *
 * @param persons    canonical name to person, in order of first annotation
 * @param locations  canonical name to place
 * @param statements every speech act, with its article
 * @param meetings   meeting id to meeting
 * @param articles   the article names (gold file names without {@code .json}), sorted
 * @param organizations canonical name to institution (optional {@code organizations}): not an area, but
 *                   statement speakers and meeting {@code participant_orgs} naming one match any of its names
 */
public record Gold(
        Map<String, GoldEntity> persons,
        Map<String, GoldEntity> locations,
        List<Statement> statements,
        Map<String, Meeting> meetings,
        List<String> articles,
        Map<String, GoldEntity> organizations) {

    /**
     * A speech act: canonical speaker, kind, text, the texts that equally capture it and other names of
     * the speaker that count (optional {@code speaker_aliases}).
     */
    public record Statement(
            String article,
            String speaker,
            String kind,
            String text,
            List<String> alternatives,
            List<String> speakerAliases) {
        /** The text and its alternatives. */
        public List<String> texts() {
            List<String> all = new ArrayList<>();
            all.add(text);
            all.addAll(alternatives);
            return all;
        }
    }

    /** A meeting merged over the articles reporting it. */
    public static final class Meeting {
        final String id;
        final String kind;
        String status;
        final Set<String> participants = new LinkedHashSet<>();
        final Set<String> orgs = new LinkedHashSet<>();
        final Set<String> articles = new LinkedHashSet<>();
        String location;
        String date;

        public Meeting(String id, String kind, String status) {
            this.id = id;
            this.kind = kind;
            this.status = status;
        }

        public String id() {
            return id;
        }

        public String kind() {
            return kind;
        }

        /** The participants (canonical person names) and then the participating organisations or countries. */
        public List<String> parties() {
            List<String> all = new ArrayList<>(participants);
            all.addAll(orgs);
            return all;
        }

        /** The articles (gold file stems) whose gold lists this meeting. */
        public Set<String> articles() {
            return articles;
        }
    }

    /** A gold folder that cannot be read. */
    public static final class GoldException extends RuntimeException {
        public GoldException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads every {@code *.json} file of {@code dir}. */
    public static Gold load(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new GoldException("cannot read the gold folder " + dir + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new GoldException("no gold files (*.json) in " + dir);
        }
        Builder b = new Builder();
        for (Path f : files) {
            JsonNode doc;
            try {
                doc = JSON.readTree(f.toFile());
            } catch (IOException e) {
                throw new GoldException(f + ": " + e.getMessage());
            }
            b.add(doc, f);
        }
        return b.build();
    }

    /** Builds gold from parsed documents (tests). */
    public static Gold of(List<JsonNode> docs) {
        Builder b = new Builder();
        for (JsonNode d : docs) {
            b.add(d, null);
        }
        return b.build();
    }

    /** The article name without extension (statements are scored per article). */
    static String stem(String fileName) {
        String n = Path.of(fileName).getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The first gold person named {@code name} (name or alias), or null. */
    public GoldEntity person(String name) {
        List<String> one = java.util.Collections.singletonList(name);
        for (GoldEntity p : persons.values()) {
            if (p.isNamed(one)) {
                return p;
            }
        }
        return null;
    }

    /** The gold place with this canonical name, or an entity known by the name only. */
    public GoldEntity placeOrName(String name) {
        GoldEntity g = locations.get(name);
        return g != null ? g : GoldEntity.named(name);
    }

    /** The gold place, else the gold organisation with this canonical name, else an entity known by the name only. */
    public GoldEntity placeOrgOrName(String name) {
        GoldEntity g = locations.get(name);
        if (g == null) {
            g = organizations.get(name);
        }
        return g != null ? g : GoldEntity.named(name);
    }

    private static final class Builder {
        final Map<String, GoldEntity> persons = new LinkedHashMap<>();
        final Map<String, GoldEntity> locations = new LinkedHashMap<>();
        final List<Statement> statements = new ArrayList<>();
        final Map<String, Meeting> meetings = new LinkedHashMap<>();
        final List<String> articles = new ArrayList<>();
        final Map<String, GoldEntity> organizations = new LinkedHashMap<>();

        void add(JsonNode doc, Path file) {
            String articleField = doc.path("article").asText(null);
            if (articleField == null && file == null) {
                throw new GoldException("a gold document without \"article\"");
            }
            String article = stem(
                    articleField != null ? articleField : file.getFileName().toString());
            articles.add(file != null ? stem(file.getFileName().toString()) : article);
            for (JsonNode p : doc.path("persons")) {
                GoldEntity e = entity(persons, p);
                e.listedIn(article);
                for (JsonNode r : p.path("roles")) {
                    e.addRole(new GoldEntity.Role(strings(r.path("labels")), text(r, "wikidata"), article));
                }
            }
            for (JsonNode l : doc.path("locations")) {
                entity(locations, l).listedIn(article);
            }
            for (JsonNode o : doc.path("organizations")) {
                entity(organizations, o).listedIn(article);
            }
            for (JsonNode s : doc.path("statements")) {
                String kind = text(s, "kind");
                statements.add(new Statement(
                        article,
                        text(s, "speaker"),
                        kind == null ? "direct" : kind,
                        text(s, "text"),
                        strings(s.path("alternatives")),
                        strings(s.path("speaker_aliases"))));
            }
            for (JsonNode m : doc.path("meetings")) {
                String id = text(m, "id");
                Meeting g = meetings.computeIfAbsent(id, k -> new Meeting(k, text(m, "kind"), text(m, "status")));
                g.participants.addAll(strings(m.path("participants")));
                g.orgs.addAll(strings(m.path("participant_orgs")));
                g.articles.add(article);
                if ("held".equals(text(m, "status"))) {
                    g.status = "held"; // planned in one article, held in a later one: it was held
                }
                if (g.location == null) {
                    g.location = text(m, "location");
                }
                String d = text(m, "date");
                // the most precise date any article gives
                if (d != null && !d.isEmpty() && (g.date == null || d.length() > g.date.length())) {
                    g.date = d;
                }
            }
        }

        Gold build() {
            articles.sort(null);
            return new Gold(persons, locations, statements, meetings, articles, organizations);
        }

        private static GoldEntity entity(Map<String, GoldEntity> into, JsonNode n) {
            String name = text(n, "name");
            GoldEntity e = into.computeIfAbsent(name, k -> new GoldEntity(k, text(n, "wikidata")));
            e.merge(strings(n.path("aliases")), text(n, "wikidata"));
            return e;
        }

        private static String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }

        private static List<String> strings(JsonNode array) {
            List<String> out = new ArrayList<>();
            for (JsonNode v : array) {
                if (!v.isNull()) {
                    out.add(v.asText());
                }
            }
            return out;
        }
    }
}

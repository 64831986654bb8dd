package org.newskg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.newskg.link.build.IndexBuilder;
import org.newskg.resolve.NameKey;

/**
 * The gender nearly everyone in the offline index with a given first name shares ("Lena" f, "Anders"
 * m), built with the index ({@link IndexBuilder}). Names borne by both are absent: the answer is then
 * null, as for names the index does not know.
 */
public final class GivenNameGenders {
    private static final String RESOURCE = "/org/newskg/link/" + IndexBuilder.GIVEN_NAME_GENDERS;

    private final Map<String, Character> byKey;

    private GivenNameGenders(Map<String, Character> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    private static final class Bundled {
        static final GivenNameGenders INSTANCE = load();
    }

    /** The table shipped in the jar, read once per process. */
    public static GivenNameGenders bundled() {
        return Bundled.INSTANCE;
    }

    private static GivenNameGenders load() {
        try (InputStream in = GivenNameGenders.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        RESOURCE + " is missing from the class path (scripts/build-wikidata-index.sh writes it)");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static GivenNameGenders parse(BufferedReader r) throws IOException {
        Map<String, Character> m = new HashMap<>(16_000);
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || tab <= 0 || tab + 1 >= line.length()) {
                continue;
            }
            m.put(line.substring(0, tab), line.charAt(tab + 1));
        }
        return new GivenNameGenders(m);
    }

    /** 'm' or 'f' for a given name ("Lena", "ANDERS" and "Léna" alike), or null. */
    public Character of(String givenName) {
        return givenName == null ? null : byKey.get(NameKey.of(givenName));
    }

    public int size() {
        return byKey.size();
    }
}

package org.newskg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A word list kept as data: {@code org/newskg/nlp/lexicon/NAME.txt} on the class path, one entry a
 * line, {@code #} to the end of a line a comment. Changing what counts as a speech verb or a post is
 * an edit to that file, not to the code that uses it.
 */
public final class WordList {
    private WordList() {}

    static final String FOLDER = "/org/newskg/nlp/lexicon/";

    /** The entries of the named list; fails naming the resource when it is missing. */
    public static Set<String> load(String name) {
        String resource = FOLDER + name + ".txt";
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " is missing from the class path");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }

    /** A list of {@code key = value} entries ("spokeswoman = spokesman"); fails naming a line without "=". */
    public static java.util.Map<String, String> loadMap(String name) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String entry : load(name)) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(
                        "word list " + FOLDER + name + ".txt: '" + entry + "' is not 'key = value'");
            }
            out.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
        }
        return java.util.Map.copyOf(out);
    }

    static Set<String> parse(InputStream in) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!entry.isEmpty()) {
                out.add(entry);
            }
        }
        return java.util.Collections.unmodifiableSet(out); // in file order: some lists are ranked
    }
}

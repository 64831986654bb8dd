package org.newskg.nereval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.eval.Names;

/**
 * Two finders' kept mentions combined per article, as a statistical NER behind our name-finder stage
 * would act: every name of the first finder (ours) is kept; where the second finder types the same
 * name (tidied key) as a person and the first as a place, or the other way round, the second
 * finder's type is taken; a person or place name of the second finder that the first did not name
 * at all is added. Labels are mapped to PERSON, LOCATION and ORGANIZATION.
 */
final class Combine {
    private Combine() {}

    static List<String> union(Path first, Path second) throws IOException {
        Map<String, Map<String, String>> a = read(first);
        Map<String, Map<String, String>> b = read(second);
        List<String> out = new ArrayList<>();
        out.add("#labels\tPERSON\tLOCATION\t");
        for (String article : a.keySet()) {
            Map<String, String> mine = a.get(article);
            Map<String, String> theirs = b.getOrDefault(article, Map.of());
            Map<String, String> keyed = new HashMap<>();
            theirs.forEach((name, label) -> keyed.put(key(name), label));
            Set<String> myKeys = new java.util.HashSet<>();
            mine.keySet().forEach(n -> myKeys.add(key(n)));
            out.add(article + "\t#article");
            mine.forEach((name, label) -> {
                String other = keyed.get(key(name));
                boolean swap = other != null
                        && !other.equals(label)
                        && Set.of("PERSON", "LOCATION").containsAll(Set.of(label, other));
                out.add(article + "\t" + (swap ? other : label) + "\t" + name);
            });
            theirs.forEach((name, label) -> {
                if (!myKeys.contains(key(name)) && (label.equals("PERSON") || label.equals("LOCATION"))) {
                    out.add(article + "\t" + label + "\t" + name);
                }
            });
        }
        return out;
    }

    private static String key(String name) {
        return Names.key(NameScorer.tidy(name));
    }

    /** set/article -> name -> label (PERSON, LOCATION, ORGANIZATION, or the finder's own), in order. */
    private static Map<String, Map<String, String>> read(Path dump) throws IOException {
        List<String> lines = Files.readAllLines(dump, StandardCharsets.UTF_8);
        String[] labels = lines.get(0).split("\t", -1);
        Set<String> persons = Set.of(labels[1].split(","));
        Set<String> places = Set.of(labels[2].split(","));
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", 4);
            Map<String, String> names = out.computeIfAbsent(f[0] + "\t" + f[1], k -> new LinkedHashMap<>());
            if (f.length == 4) {
                String label = persons.contains(f[2])
                        ? "PERSON"
                        : places.contains(f[2])
                                ? "LOCATION"
                                : f[2].equals("ORG") || f[2].equals("ORGANIZATION") ? "ORGANIZATION" : f[2];
                names.putIfAbsent(NameScorer.tidy(f[3]), label);
            }
        }
        return out;
    }
}

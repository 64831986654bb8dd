package org.newskg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Meetings over the whole graph. A system meeting is a candidate for a gold meeting when its kind is
 * of the same family (phone calls apart from in-person meetings, summits and talks), it does not name
 * another place or date than the gold one, and it either shares enough participants (two, or all when
 * the gold names fewer; delegations by country count) or has the gold place and a compatible date.
 * Candidates are paired best first (participant overlap, place, date, status); a system meeting that
 * was a candidate but got no gold meeting is a duplicate. Attribute accuracy (place, date, status) is
 * measured on the pairs.
 */
public final class MeetingScorer {
    private MeetingScorer() {}

    /** A candidate pairing and its strength. */
    record Pair(double score, String goldId, String nodeId) {}

    public static Score score(Gold gold, Rows rows) {
        return score(gold, rows, new ArrayList<>());
    }

    /** As {@link #score(Gold, Rows)}, adding every missed meeting and false hit to {@code findings}. */
    public static Score score(Gold gold, Rows rows, List<Finding> findings) {
        Map<String, Rows.Node> nodes =
                rows.byNode("meeting", "kind", "participantName", "locationName", "date", "status");
        List<Pair> pairs = new ArrayList<>();
        for (Gold.Meeting g : gold.meetings().values()) {
            for (Rows.Node n : nodes.values()) {
                Double s = strength(gold, g, n);
                if (s != null) {
                    pairs.add(new Pair(s, g.id, n.id()));
                }
            }
        }
        // strongest first; equal strengths in a fixed order (ids descending)
        pairs.sort(Comparator.comparingDouble(Pair::score)
                .thenComparing(Pair::goldId)
                .thenComparing(Pair::nodeId)
                .reversed());
        Map<String, String> matched = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (!matched.containsKey(p.goldId()) && !taken.contains(p.nodeId())) {
                matched.put(p.goldId(), p.nodeId());
                taken.add(p.nodeId());
            }
        }
        Set<String> candidates = new HashSet<>();
        pairs.forEach(p -> candidates.add(p.nodeId()));
        candidates.removeAll(taken);
        int duplicates = candidates.size();

        double[] loc = new double[2];
        double[] date = new double[2];
        double[] status = new double[2];
        matched.forEach((gid, nid) -> {
            Gold.Meeting g = gold.meetings().get(gid);
            Rows.Node n = nodes.get(nid);
            if (g.location != null) {
                loc[1]++;
                loc[0] += placeAgrees(gold, g.location, n.get("locationName")) ? 1 : 0;
            }
            if (g.date != null) {
                date[1]++;
                date[0] += dateAgreement(g.date, n.get("date"));
            }
            if (g.status != null) {
                status[1]++;
                status[0] += statusAgrees(g.status, n.get("status")) ? 1 : 0;
            }
        });
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("location", Score.ratio(loc[0], loc[1]));
        attrs.put("date", Score.ratio(date[0], date[1]));
        attrs.put("status", Score.ratio(status[0], status[1]));
        List<String> missed = gold.meetings().keySet().stream()
                .filter(id -> !matched.containsKey(id))
                .sorted()
                .toList();
        List<String> spurious = nodes.values().stream()
                .filter(n -> !taken.contains(n.id()) && !candidates.contains(n.id()))
                .map(MeetingScorer::describe)
                .sorted()
                .limit(EntityScorer.LIST_MAX)
                .toList();
        for (String id : missed) {
            Gold.Meeting g = gold.meetings().get(id);
            List<String> names = new ArrayList<>();
            for (String p : g.parties()) {
                GoldEntity e = gold.person(p);
                names.addAll(e != null ? e.names() : gold.placeOrgOrName(p).names());
            }
            if (g.location != null) {
                names.addAll(gold.placeOrName(g.location).names()); // the sentence naming the place too
            }
            findings.add(Finding.missed(
                    "meetings",
                    id + " (" + g.kind + "; " + String.join(", ", g.parties())
                            + (g.location == null ? "" : " @ " + g.location) + (g.date == null ? "" : " " + g.date)
                            + (g.status == null ? "" : ", " + g.status) + ")",
                    g.articles,
                    Finding.Search.MEETING,
                    names,
                    g.kind));
        }
        nodes.values().stream()
                .filter(n -> !taken.contains(n.id()) && !candidates.contains(n.id()))
                .forEach(n -> findings.add(Finding.falseHit("meetings", describe(n), Set.of(), n.id(), List.of())));
        return Score.of(
                matched.size(),
                nodes.size() - duplicates,
                gold.meetings().size(),
                duplicates,
                missed,
                spurious,
                Map.of("attribute_accuracy", attrs));
    }

    /** A system meeting in one line: kind, participants, place, date. */
    static String describe(Rows.Node n) {
        return String.join("/", n.get("kind")) + " " + String.join(", ", n.get("participantName"))
                + (n.get("locationName").isEmpty() ? "" : " @ " + String.join("/", n.get("locationName")))
                + (n.get("date").isEmpty() ? "" : " " + String.join("/", n.get("date")));
    }

    /** How well a system meeting fits a gold meeting, or null when it is no candidate. */
    static Double strength(Gold gold, Gold.Meeting g, Rows.Node n) {
        Set<String> kinds = n.get("kind");
        if (!kinds.isEmpty() && kinds.stream().noneMatch(k -> isPhone(k) == isPhone(g.kind))) {
            return null;
        }
        Set<String> persons = new HashSet<>();
        for (String p : n.get("participantName")) {
            GoldEntity e = gold.person(p);
            if (e != null) {
                persons.add(e.name());
            }
        }
        int overlap = 0;
        for (String p : persons) {
            overlap += g.participants.contains(p) ? 1 : 0;
        }
        for (String org : g.orgs) {
            GoldEntity e = gold.placeOrgOrName(org);
            overlap += n.get("participantName").stream().anyMatch(x -> e.isNamed(List.of(x))) ? 1 : 0;
        }
        Set<String> places = n.get("locationName");
        Set<String> dates = n.get("date");
        Boolean place = g.location == null ? null : placeAgrees(gold, g.location, places);
        Double when = g.date == null ? null : dateAgreement(g.date, dates);
        if ((Boolean.FALSE.equals(place) && !places.isEmpty()) || (when != null && when == 0.0 && !dates.isEmpty())) {
            return null; // both name a place or a date, and they disagree
        }
        int need = Math.min(2, g.participants.size() + g.orgs.size());
        boolean byPeople = need > 0 && overlap >= need;
        boolean byPlaceAndDate = Boolean.TRUE.equals(place) && (when == null || when != 0.0);
        if (!byPeople && !byPlaceAndDate) {
            return null;
        }
        Set<String> all = new HashSet<>(g.participants);
        all.addAll(g.orgs);
        all.addAll(persons);
        double s = (double) overlap / Math.max(1, all.size());
        s += Boolean.TRUE.equals(place) ? 0.5 : 0.0;
        s += 0.5 * (when == null ? 0.0 : when);
        if (g.status != null && statusAgrees(g.status, n.get("status"))) {
            s += 0.25;
        }
        return s;
    }

    /** Phone calls form one family, in-person meetings (meeting, summit, talks) the other. */
    static boolean isPhone(String kind) {
        String k = Names.key(kind);
        return k.contains("phone") || k.contains("call");
    }

    static boolean placeAgrees(Gold gold, String goldPlace, Set<String> places) {
        GoldEntity e = gold.placeOrName(goldPlace);
        return places.stream().anyMatch(x -> e.isNamed(List.of(x)));
    }

    static boolean statusAgrees(String goldStatus, Set<String> statuses) {
        String g = Names.key(goldStatus);
        return statuses.stream().anyMatch(s -> Names.key(s).contains(g));
    }

    /**
     * How well system dates fit a gold date: 1 for the same day (a gold day without year
     * {@code --MM-DD} fits any year; a gold month fits any day of it), 0.5 for a system day without
     * year on the gold day, 0 otherwise; the best of the system's dates.
     */
    static double dateAgreement(String goldDate, Set<String> dates) {
        double best = 0.0;
        for (String raw : dates) {
            best = Math.max(best, dateAgreement(goldDate, raw));
        }
        return best;
    }

    static double dateAgreement(String g, String raw) {
        String d = raw.length() > 10 ? raw.substring(0, 10) : raw;
        if (d.equals(g)) {
            return 1.0;
        }
        if (g.startsWith("--") && d.length() >= 4 && d.substring(4).equals(g.substring(1))) {
            return 1.0;
        }
        if (g.length() == 10 && d.startsWith("--") && g.substring(4).equals(d.substring(1))) {
            return 0.5;
        }
        if (g.length() == 7 && d.length() >= 7 && d.substring(0, 7).equals(g)) {
            return 1.0;
        }
        return 0.0;
    }
}

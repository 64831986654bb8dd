package org.newskg.extract;

import java.util.Set;
import org.newskg.resolve.LocalEntity;

/**
 * A meeting-like event: a summit, meeting, talks or a phone call, held or planned.
 *
 * @param kind         "summit", "meeting", "talks" or "phone call"
 * @param participants persons, or countries and organisations as parties, in the order first read
 * @param countries    countries named only by a demonym ("Russian and Ukrainian negotiators")
 * @param location     the place it is held at, or null
 * @param date         ISO date, --MM-DD, YYYY-MM or YYYY, or null
 * @param planned      true for planned/proposed/expected, false for held
 */
public record Meeting(
        String kind,
        Set<LocalEntity> participants,
        Set<String> countries,
        LocalEntity location,
        String date,
        boolean planned,
        Span span) {
    public Meeting {
        participants = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(participants));
        countries = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(countries));
    }

    public boolean isPhone() {
        return kind.equals("phone call");
    }

    /**
     * Of two kinds said of one meeting, the more specific: a phone call over a summit over talks over
     * a meeting ("they met" and "the summit" are one summit).
     */
    public static String moreSpecificKind(String a, String b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(String kind) {
        return switch (kind) {
            case "phone call" -> 4;
            case "summit" -> 3;
            case "talks" -> 2;
            default -> 1;
        };
    }
}

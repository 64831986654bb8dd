package org.newskg.link;

/**
 * One holding of a position by a person; {@code start}/{@code end} are ISO-ish date strings
 * ("2004-03-09", "2017") or null when unknown or open.
 */
public record Holding(String positionQid, String start, String end) {

    /**
     * Whether the holding covers the given ISO date (null date: any holding counts). Unknown
     * start or end is treated as open on that side.
     */
    public boolean coversDate(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return true;
        }
        String d = isoDate.length() > 10 ? isoDate.substring(0, 10) : isoDate;
        if (start != null && cmp(start, d) > 0) {
            return false;
        }
        return end == null || cmp(end, d) >= 0;
    }

    /** Compares two date prefixes at the precision of the shorter one ("2017" vs "2017-05-01" = 0). */
    private static int cmp(String a, String b) {
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).compareTo(b.substring(0, n));
    }
}

package org.newskg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;
import org.newskg.nlp.Lexicon;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Dates the text gives, normalised against the publication date when there is one: "on Feb 18",
 * "Tuesday (Feb 18)", "in June 2021", "on Friday", "yesterday", "last month". Without a year the
 * known part is kept as --MM-DD; without a publication date a weekday alone gives nothing.
 */
public final class DateResolver {
    private final LocalDate published;

    /** @param published ISO date of publication, or null */
    public DateResolver(String published) {
        LocalDate p = null;
        try {
            p = published == null ? null : LocalDate.parse(published.substring(0, Math.min(10, published.length())));
        } catch (RuntimeException ignored) {
            // an unparseable date is as good as none
        }
        this.published = p;
    }

    private static final java.util.regex.Pattern WEEKDAY_DATE =
            java.util.regex.Pattern.compile("(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?"
                    + "(?:(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2}),?"
                    + "|(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December),?)"
                    + "\\s+((?:19|20)\\d\\d)\\b");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    /** The date "on Friday" is read against: the publication date, else {@link #statedDate(String)}. */
    public static String anchor(String published, String text) {
        return published != null ? published : statedDate(text);
    }

    /**
     * The date an article without a publication date is written at, as far as its own text shows: a
     * full date whose weekday agrees with it (a caption's "Friday, February 22, 2019"), or else a
     * full date in the latest year the text names (so that "on 3 March 1974" in a story about 2005
     * does not date its "on Friday"). The latest such date; null when there is none.
     */
    public static String statedDate(String text) {
        int latestYear = 0;
        java.util.regex.Matcher y = YEAR.matcher(text);
        while (y.find()) {
            latestYear = Math.max(latestYear, Integer.parseInt(y.group()));
        }
        LocalDate withWeekday = null;
        LocalDate inLatestYear = null;
        java.util.regex.Matcher m = WEEKDAY_DATE.matcher(text);
        while (m.find()) {
            String monthName = m.group(2) != null ? m.group(2) : m.group(5);
            int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
            int year = Integer.parseInt(m.group(6));
            LocalDate d;
            try {
                d = LocalDate.of(year, month(monthName.toLowerCase(Locale.ROOT)), day);
            } catch (RuntimeException e) {
                continue;
            }
            if (m.group(1) != null && d.getDayOfWeek().name().equalsIgnoreCase(m.group(1))) {
                withWeekday = withWeekday == null || d.isAfter(withWeekday) ? d : withWeekday;
            } else if (year == latestYear) {
                inLatestYear = inLatestYear == null || d.isAfter(inLatestYear) ? d : inLatestYear;
            }
        }
        LocalDate d = withWeekday != null ? withWeekday : inLatestYear;
        return d == null ? null : d.toString();
    }

    /** The first date expression among tokens [from, to) of the sentence, or null. */
    public String find(Sentence s, int from, int to) {
        String weekday = null;
        for (int i = Math.max(0, from); i < Math.min(to, s.size()); i++) {
            Token t = s.token(i);
            String w = t.lower().replace(".", "");
            Month month = t.isCapitalised() ? month(w) : null;
            if (month != null) {
                Integer day = i + 1 < s.size() ? number(s.token(i + 1).text(), 1, 31) : null;
                Integer year = null;
                int k = i + (day != null ? 2 : 1);
                if (k < s.size() && s.token(k).text().equals(",")) {
                    k++;
                }
                if (k < s.size()) {
                    year = number(s.token(k).text(), 1900, 2100);
                }
                if (day == null && i > 0) {
                    day = number(s.token(i - 1).text(), 1, 31); // "18 February 2025"
                }
                if (day == null && year == null) {
                    year = published != null ? inferYear(month, 15) : null;
                    return year == null ? null : String.format("%04d-%02d", year, month.getValue());
                }
                if (day == null && year != null) {
                    return String.format("%04d-%02d", year, month.getValue());
                }
                if (day != null) {
                    if (year == null && published != null) {
                        year = inferYear(month, day);
                    }
                    return year == null
                            ? String.format("--%02d-%02d", month.getValue(), day)
                            : String.format("%04d-%02d-%02d", year, month.getValue(), day);
                }
            }
            if (Lexicon.WEEKDAYS.contains(w) && weekday == null) {
                weekday = w;
                // "Tuesday (Feb 18)": the explicit date that follows wins
                if (i + 2 < s.size()
                        && s.token(i + 1).text().equals("(")
                        && month(s.token(i + 2).lower().replace(".", "")) != null) {
                    continue;
                }
                if (published != null) {
                    return lastWeekday(w).toString();
                }
            }
            if (published != null) {
                if (w.equals("yesterday")) {
                    return published.minusDays(1).toString();
                }
                if (w.equals("today")) {
                    return published.toString();
                }
                if (w.equals("last") && i + 1 < s.size()) {
                    String n = s.token(i + 1).lower();
                    if (n.equals("month")) {
                        LocalDate d = published.minusMonths(1);
                        return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
                    }
                    if (n.equals("year")) {
                        return String.valueOf(published.getYear() - 1);
                    }
                }
            }
            Integer year = t.text().matches("\\d{4}") ? number(t.text(), 1900, 2100) : null;
            if (year != null
                    && i > 0
                    && Set.of("in", "since", "of").contains(s.token(i - 1).lower())) {
                return String.valueOf(year);
            }
        }
        return null;
    }

    private LocalDate lastWeekday(String w) {
        DayOfWeek target = DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT));
        LocalDate d = published;
        while (d.getDayOfWeek() != target) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** A month and day without a year: the year that puts it nearest before (or just after) publication. */
    private Integer inferYear(Month month, int day) {
        if (published == null) {
            return null;
        }
        int y = published.getYear();
        try {
            LocalDate d = LocalDate.of(y, month, Math.min(day, month.length(false)));
            if (d.isAfter(published.plusMonths(6))) {
                return y - 1;
            }
        } catch (RuntimeException e) {
            return null;
        }
        return y;
    }

    private static final String[] MONTH_NAMES = java.util.Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .toArray(String[]::new);

    static Month month(String w) {
        for (Month m : Month.values()) {
            String full = MONTH_NAMES[m.ordinal()];
            if (w.equals(full)
                    || (w.length() >= 3 && full.startsWith(w) && !w.equals("mar")
                            || w.equals("mar") && m == Month.MARCH)) {
                return m;
            }
        }
        return null;
    }

    private static Integer number(String s, int min, int max) {
        s = s.endsWith(".")
                ? s.substring(0, s.length() - 1)
                : s; // "July 8, 2022.(AP Photo)": the stop stays on the year
        if (!s.matches("\\d{1,4}")) {
            return null;
        }
        int v = Integer.parseInt(s);
        return v >= min && v <= max ? v : null;
    }
}

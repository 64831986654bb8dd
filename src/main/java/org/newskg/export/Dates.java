package org.newskg.export;

/** Turns the partial dates of the data (xsd:date, gYearMonth, gYear, gMonthDay) into days for timelines. */
final class Dates {
    private Dates() {}

    /**
     * The first day a date stands for (yyyy-MM-dd), or null.
     *
     * @param lexical  the date as written in the data, or null
     * @param fallback a full date whose year completes a gMonthDay ("--02-21"), or null
     */
    static String day(String lexical, String fallback) {
        if (lexical == null) {
            return null;
        }
        String s = lexical.length() > 10 && lexical.charAt(4) == '-' ? lexical.substring(0, 10) : lexical;
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return s;
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            return s + "-01";
        }
        if (s.matches("\\d{4}")) {
            return s + "-01-01";
        }
        if (s.matches("--\\d{2}-\\d{2}") && fallback != null && fallback.matches("\\d{4}.*")) {
            return fallback.substring(0, 4) + s.substring(1);
        }
        return null;
    }
}

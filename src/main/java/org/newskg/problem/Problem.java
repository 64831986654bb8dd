package org.newskg.problem;

/**
 * One thing that went wrong with one input: which file (and line, when known) and why.
 *
 * @param source the file, URL or stream name the problem belongs to
 * @param line   1-based line number, or 0 when it does not apply
 * @param reason a sentence a user can act on
 */
public record Problem(Severity severity, String source, long line, String reason) {
    public enum Severity {
        WARNING,
        ERROR
    }

    public static Problem error(String source, String reason) {
        return new Problem(Severity.ERROR, source, 0, reason);
    }

    public static Problem error(String source, long line, String reason) {
        return new Problem(Severity.ERROR, source, line, reason);
    }

    public static Problem warning(String source, String reason) {
        return new Problem(Severity.WARNING, source, 0, reason);
    }

    /**
     * One line: control characters in the source and reason (a file name may hold a newline) are
     * escaped, so that no input can forge a line of the report.
     */
    @Override
    public String toString() {
        return (severity == Severity.ERROR ? "error: " : "warning: ") + escape(source) + (line > 0 ? ":" + line : "")
                + ": " + escape(reason);
    }

    /** {@code s} with control and line-separator characters written as backslash escapes (n, r, t, or u and four hex digits). */
    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (!control) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? s : out.toString();
    }
}

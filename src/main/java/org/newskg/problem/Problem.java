package org.newskg.problem;

/**
 * One thing that went wrong with one input: which file (and line, when known) and why.
 *
 * @param source the file, URL or stream name the problem belongs to
 * @param line   1-based line number, or 0 when it does not apply
 * @param reason a sentence a user can act on
 */
public record Problem(Severity severity, String source, long line, String reason) {
    public enum Severity { WARNING, ERROR }

    public static Problem error(String source, String reason) {
        return new Problem(Severity.ERROR, source, 0, reason);
    }

    public static Problem error(String source, long line, String reason) {
        return new Problem(Severity.ERROR, source, line, reason);
    }

    public static Problem warning(String source, String reason) {
        return new Problem(Severity.WARNING, source, 0, reason);
    }

    @Override
    public String toString() {
        return (severity == Severity.ERROR ? "error: " : "warning: ") + source
                + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}

package org.newskg.extract;

/**
 * Words inside quotation marks: [start, end) covers the marks, [innerStart, innerEnd) the words.
 * A quote running over several paragraphs is one quote.
 */
public record Quote(int start, int end, int innerStart, int innerEnd) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public String inner(String text) {
        return text.substring(innerStart, innerEnd);
    }
}

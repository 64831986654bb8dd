package org.newskg.extract;

/**
 * Where a fact was read: character offsets in the cleaned text and the sentence (the evidence).
 * Mapped back to raw-article offsets when written out.
 */
public record Span(int start, int end, int sentence) {
    public Span {
        if (start > end) {
            throw new IllegalArgumentException("span start " + start + " after end " + end);
        }
    }
}

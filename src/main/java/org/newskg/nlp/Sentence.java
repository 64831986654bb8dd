package org.newskg.nlp;

import java.util.List;

/**
 * A sentence: its span in the cleaned text, the paragraph it belongs to, and its tokens (whose
 * {@code index} counts within the sentence).
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Index of the first token starting at or after the offset, or size() if none. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.end() > offset) {
                return t.index();
            }
        }
        return tokens.size();
    }
}

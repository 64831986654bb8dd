package org.newskg.nlp;

import java.util.List;

/** The cleaned text with its sentences, tokens, POS tags and lemmas. */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }

    /** The sentence holding this offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}

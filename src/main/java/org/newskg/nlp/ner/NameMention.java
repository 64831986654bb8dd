package org.newskg.nlp.ner;

/**
 * A typed name in a sentence: tokens [first, last] (inclusive) of sentence {@code sentence}, and
 * its character span in the cleaned text. {@code text} is the name as written, without any
 * parenthesis that interrupted it ("(Sergei) Ivanov" gives "Sergei Ivanov").
 */
public record NameMention(EntityType type, String text, int sentence, int first, int last, int start, int end) {
    public NameMention withType(EntityType t) {
        return new NameMention(t, text, sentence, first, last, start, end);
    }
}

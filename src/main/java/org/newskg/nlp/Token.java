package org.newskg.nlp;

/**
 * A token with its character span in the cleaned text, its POS tag (Universal Dependencies tag
 * set, as the OpenNLP UD-EWT models produce) and lemma. Lemmas come from the OpenNLP lemmatizer for
 * verbs and auxiliaries; other tokens carry their lower-cased form.
 */
public record Token(int index, int start, int end, String text, String pos, String lemma, String lower) {

    /** A token whose lower-case form is worked out here. */
    public Token(int index, int start, int end, String text, String pos, String lemma) {
        this(index, start, end, text, pos, lemma, text.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}

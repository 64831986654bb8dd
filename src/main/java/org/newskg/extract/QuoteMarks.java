package org.newskg.extract;

/**
 * The one set of quotation marks the finders know: straight and curly, double and single. A
 * quotation found by {@link QuoteFinder} and a statement's edge found by {@link StatementFinder}
 * end at the same marks.
 */
final class QuoteMarks {
    private QuoteMarks() {}

    /** " “ ” ' ‘ ’ */
    static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '\'' || c == '‘' || c == '’';
    }

    /**
     * A token that is a quotation mark, or punctuation ending in one: the tokenizer keeps '?”' and
     * '!"' together.
     */
    static boolean isQuoteMark(String token) {
        if (token.isEmpty()) {
            return false;
        }
        if (token.length() > 1 && token.chars().anyMatch(Character::isLetterOrDigit)) {
            return false;
        }
        return isQuoteMark(token.charAt(token.length() - 1));
    }
}

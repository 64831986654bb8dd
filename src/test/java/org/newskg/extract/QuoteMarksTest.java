package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    @Test
    void straightAndCurlyDoubleAndSingleMarks() {
        for (char c : "\"“”'‘’".toCharArray()) {
            assertTrue(QuoteMarks.isQuoteMark(c), "" + c);
            assertTrue(QuoteMarks.isQuoteMark(String.valueOf(c)), "" + c);
        }
        assertFalse(QuoteMarks.isQuoteMark('«'));
        assertFalse(QuoteMarks.isQuoteMark('`'));
    }

    @Test
    void aTokenOfPunctuationEndingInAMarkIsOne() {
        assertTrue(QuoteMarks.isQuoteMark("?”")); // the tokenizer keeps '?”' and '!"' together
        assertTrue(QuoteMarks.isQuoteMark("!\""));
        assertFalse(QuoteMarks.isQuoteMark("n’"));
        assertFalse(QuoteMarks.isQuoteMark("?"));
        assertFalse(QuoteMarks.isQuoteMark(""));
    }
}

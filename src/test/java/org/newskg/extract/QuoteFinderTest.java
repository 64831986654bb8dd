package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static List<String> inner(String text) {
        return new QuoteFinder().find(text).stream().map(q -> q.inner(text)).toList();
    }

    @Test
    void aStraightMarkBetweenASpaceAndALetterOpensTheNextParagraphOfAQuote() {
        String text = "Mr Hale said: \"There was one thing I got wrong. \"I was trying to help, I should have "
                + "told the truth.\" The film also showed a row. He told Mr Bell: \"Don't tell lies.\"";
        assertEquals(
                List.of(
                        "There was one thing I got wrong.",
                        "I was trying to help, I should have told the truth.",
                        "Don't tell lies."),
                inner(text));
    }

    @Test
    void curlyAndStraightQuotesAndApostrophes() {
        String text = "She called it “a sad day” and said \"we will act\"; it's Tom's 'plan'.";
        assertEquals(List.of("a sad day", "we will act", "plan"), inner(text));
    }

    @Test
    void aQuoteLeftOpenAtAParagraphEndGoesOnWhenTheNextOpensOne() {
        String text = "He said: “We are ready.\n“The trucks are on the road.”\nNothing else.";
        assertEquals(1, new QuoteFinder().find(text).size());
    }

    @Test
    void aStraightOpeningMarkClosesAtACurlyClosingMark() {
        String text = "\"Where were you?” said Ann, who left. \"Home.\"";
        assertEquals(List.of("Where were you?", "Home."), inner(text));
    }
}

package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The sentence breaks the model makes and the annotator undoes; no model is loaded. */
class AnnotatorBreaksTest {

    private static int merged(String para, int... breaks) {
        Span[] spans = new Span[breaks.length + 1];
        int from = 0;
        for (int k = 0; k < breaks.length; k++) {
            spans[k] = new Span(from, breaks[k]);
            from = breaks[k] + 1;
        }
        spans[breaks.length] = new Span(from, para.length());
        return Annotator.mergeFalseBreaks(para, spans).length;
    }

    @Test
    void aQuestionQuoteFollowedByALowerCaseAttributionIsOneSentence() {
        String para = "“Who gave the order?” said Amber. It rained.";
        assertEquals(2, merged(para, para.indexOf(" said"), para.indexOf(" It")));
    }

    @Test
    void aQuestionQuoteFollowedByANewSentenceStaysApart() {
        String para = "“Who gave the order?” Amber asked. It rained.";
        assertEquals(3, merged(para, para.indexOf(" Amber"), para.indexOf(" It")));
    }

    @Test
    void anAbbreviationIsNoSentenceEnd() {
        String para = "He met U.S. officials. They left.";
        assertEquals(2, merged(para, para.indexOf(" officials"), para.indexOf(" They")));
    }

    @Test
    void aPastFormTheModelLeavesAloneGetsTheBaseOurVerbListsKnow() {
        assertEquals("allege", VerbLemmatiser.pastForm("alleged"));
        assertEquals("claim", VerbLemmatiser.pastForm("claimed"));
        assertEquals("tabled", VerbLemmatiser.pastForm("tabled"));
        assertEquals("say", VerbLemmatiser.pastForm("say"));
    }

    @Test
    void aDashTypedAgainstAWordIsATokenOfItsOwn() {
        String sentence = "the Black Sea– was";
        Span[] spans = {new Span(0, 3), new Span(4, 9), new Span(10, 14), new Span(15, 18)};
        Span[] out = Annotator.splitPossessives(sentence, spans);
        assertEquals(5, out.length);
        assertEquals("Sea", sentence.substring(out[2].getStart(), out[2].getEnd()));
    }
}

package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void commentsAndBlankLinesAreSkippedAndPhrasesKept() throws Exception {
        String text = "# speech verbs\nsay\n\n  tell   # with an addressee\npress secretary\n";
        Set<String> words = WordList.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Set.of("say", "tell", "press secretary"), words);
    }

    @Test
    void aMissingListIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.load("no-such-list"));
        assertTrue(e.getMessage().contains("no-such-list.txt"), e.getMessage());
    }

    @Test
    void theLexiconListsAreLoadedAndLowerCase() {
        assertTrue(Lexicon.ROLE_HEADS.contains("spokesman"));
        assertTrue(Lexicon.CONTENT_VERBS.contains("say"));
        for (Set<String> list : java.util.List.of(
                Lexicon.ROLE_HEADS, Lexicon.SPEECH_VERBS, Lexicon.ORG_WORDS, Lexicon.NOT_NAMES, Lexicon.HONORIFICS)) {
            assertTrue(list.size() > 5);
            list.forEach(w -> assertEquals(w.toLowerCase(java.util.Locale.ROOT), w, "entries are lower case"));
        }
    }
}

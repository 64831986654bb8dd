package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.ner.EntityType;
import org.newskg.nlp.ner.NameMention;

class ArticleEntitiesTest {

    @Test
    void aSurnameTitleIsRecognisedBeforeTheName() {
        String text = "Mr Howard spoke. Then Mrs. Grant and Dr Lee. Lord Howard and Howard Flight.";
        assertTrue(ArticleEntities.afterSurnameTitle(text, text.indexOf("Howard")));
        assertTrue(ArticleEntities.afterSurnameTitle(text, text.indexOf("Grant")));
        assertTrue(ArticleEntities.afterSurnameTitle(text, text.indexOf("Lee")));
        assertFalse(ArticleEntities.afterSurnameTitle(text, text.indexOf("Howard and")));
        assertFalse(ArticleEntities.afterSurnameTitle(text, text.indexOf("Howard Flight")));
        assertFalse(ArticleEntities.afterSurnameTitle(text, 0));
    }

    @Test
    void aPartysShortFormsAreThePartyUnderItsFullName() {
        // "A Conservative spokeswoman said ... The Tories ..."
        ArticleEntities e = ArticleEntities.group(List.of(
                new NameMention(EntityType.ORGANIZATION, "Conservative", 0, 1, 1, 2, 14),
                new NameMention(EntityType.ORGANIZATION, "Tories", 1, 1, 1, 40, 46)));
        assertEquals(1, e.all().size(), e.all().toString());
        assertEquals("Conservative Party", e.all().get(0).name());
        assertTrue(e.all().get(0).names().contains("Tories"));
    }
}

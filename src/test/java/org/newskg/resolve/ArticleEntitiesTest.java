package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}

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

    @Test
    void aSharedSurnameIsThePersonIntroducedFirst() {
        // "Joe Smith ... on whose board his son Tom Smith sat ... Senator Smith said"
        ArticleEntities e = ArticleEntities.group(List.of(
                new NameMention(EntityType.PERSON, "Joe Smith", 0, 0, 1, 0, 9),
                new NameMention(EntityType.PERSON, "Tom Smith", 1, 4, 5, 60, 69),
                new NameMention(EntityType.PERSON, "Smith", 2, 1, 1, 100, 105)));
        LocalEntity joe = e.all().stream()
                .filter(x -> x.name().equals("Joe Smith"))
                .findFirst()
                .orElseThrow();
        assertTrue(joe.names().contains("Smith"), e.all().toString());
        // a surname before any full name still finds the one introduced first after it
        ArticleEntities f = ArticleEntities.group(List.of(
                new NameMention(EntityType.PERSON, "Smith", 0, 0, 0, 0, 5),
                new NameMention(EntityType.PERSON, "Ann Smith", 1, 0, 1, 20, 29),
                new NameMention(EntityType.PERSON, "Bob Smith", 2, 0, 1, 40, 49)));
        LocalEntity ann = f.all().stream()
                .filter(x -> x.name().equals("Ann Smith"))
                .findFirst()
                .orElseThrow();
        assertTrue(ann.names().contains("Smith"), f.all().toString());
    }
}

package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;

class CleanerTest {
    private final Cleaner cleaner = new Cleaner();

    private static Article text(String s) {
        return Article.of("a.txt", s, new ArticleMeta(null, null, null, null, List.of(), "text"));
    }

    @Test
    void dropsTeasersListsPromptsCaptionsAndRepeatedHeadlines() {
        String raw = """
                Port strike enters second week

                Port strike enters second week

                Dock workers in Rotterdam extended their strike on Monday, union leader Anna de Vries said.
                Also read | Ten ports to watch this winter
                Workers' pay offer rejected. ©  Jan Pietersen/Photo Agency
                The union said talks with employers would resume on Thursday.
                Most Read News
                -
                Shipping rates climb as strike b
                -
                Leave a Reply
                Your email address will not be published.
                Back to top button
                """;
        CleanArticle c = cleaner.clean(text(raw));
        assertEquals("Port strike enters second week", c.headline());
        assertEquals("""
                Dock workers in Rotterdam extended their strike on Monday, union leader Anna de Vries said.
                The union said talks with employers would resume on Thursday.""", c.body());
    }

    @Test
    void aCaptionKeepsItsSentenceAndLosesItsPictureCredit() {
        String raw = """
                Ministers meet in Tallinn
                Trade ministers met in Tallinn on Tuesday to discuss tariffs.
                Foreign Minister Anna Berg, left, meets Trade Minister Chen Wei in Tallinn, Estonia, Tuesday, May 10, 2022.(AP Photo/Jon Dahl, Pool)
                Chen Wei arrives for talks in Tallinn on Tuesday, May 10, 2022. (Chen Wei Office via AP)
                Photo: Jon Dahl (AP Photo)
                The talks will resume in June.
                """;
        CleanArticle c = cleaner.clean(text(raw));
        assertEquals("""
                Trade ministers met in Tallinn on Tuesday to discuss tariffs.
                Foreign Minister Anna Berg, left, meets Trade Minister Chen Wei in Tallinn, Estonia, Tuesday, May 10, 2022.
                Chen Wei arrives for talks in Tallinn on Tuesday, May 10, 2022.
                The talks will resume in June.""", c.body());
        int at = c.body().indexOf("Chen Wei arrives");
        assertEquals(
                "Chen Wei arrives",
                raw.substring(c.offsets().toRaw(at), c.offsets().toRaw(at) + 16));
    }

    @Test
    void readsDatelineCreditsAndDropsWhatFollowsTheCredits() {
        String raw = """
                Ministers agree on grid plan
                A short teaser that repeats the story.
                OSLO (Newskg Wire) - Energy ministers agreed on Tuesday to link their grids.
                The plan needs approval by parliaments.
                (Reporting by Kari Nordmann; Writing by Ola Hansen and Per Berg; Editing by Lise Dahl)
                Ministers agreed to link their grids, a summary says.
                """;
        CleanArticle c = cleaner.clean(text(raw));
        assertEquals("Oslo", c.datelinePlace());
        assertEquals("Newskg Wire", c.outlet());
        assertEquals(List.of("Kari Nordmann", "Ola Hansen", "Per Berg"), c.authors());
        assertEquals(List.of("Lise Dahl"), c.editors());
        assertEquals(
                "Energy ministers agreed on Tuesday to link their grids.\nThe plan needs approval by parliaments.",
                c.body());
    }

    @Test
    void aContributorsLineEndsTheStoryAndTheAuthorsBioAfterItGoes() {
        String raw = """
                Ministers meet in Bergen
                Energy ministers met in Bergen on Tuesday to discuss the grid plan.
                The plan needs approval by parliaments.
                Newskg Wire contributed to this report.
                Kari Nordmann is a reporter at Newskg Digital covering politics and world news.
                """;
        CleanArticle c = cleaner.clean(text(raw));
        assertEquals(
                "Energy ministers met in Bergen on Tuesday to discuss the grid plan.\n"
                        + "The plan needs approval by parliaments.",
                c.body());
    }

    @Test
    void statedPublicationDateAndALeadParagraphThatIsNoHeadline() {
        String raw = """
                The central bank raised its main rate by half a point on Thursday, surprising markets. Analysts had expected a smaller move.
                Posted on March 3, 2025
                Governor Maria Costa said inflation was still too high.
                """;
        CleanArticle c = cleaner.clean(text(raw));
        assertNull(c.headline());
        assertEquals("2025-03-03", c.published());
        assertTrue(c.body().startsWith("The central bank raised"));
        assertFalse(c.body().contains("Posted on"));
    }

    @Test
    void aDatelineWithTheDayAfterThePlace() {
        String raw = """
                Carmaker to cut jobs

                BERGEN, March 3 (Newswire) - Acme Motors will cut 500 jobs, it said on Tuesday.
                """;
        CleanArticle c = cleaner.clean(text(raw));
        assertEquals("Bergen", c.datelinePlace());
        assertEquals("Newswire", c.outlet());
        assertTrue(c.body().startsWith("Acme Motors will cut"), c.body());
    }

    @Test
    void aDatelineWithoutAnAgencyOnlyWhereTheStoryStarts() {
        String raw = """
                Border to reopen

                BERGEN, Norway — Norway and Sweden agreed to reopen the crossing.
                The deal was signed on Monday.
                UPDATE — The crossing opens in May.
                """;
        CleanArticle c = cleaner.clean(text(raw));
        assertEquals("Bergen, Norway", c.datelinePlace());
        assertTrue(c.body().startsWith("Norway and Sweden agreed"), c.body());
        assertTrue(c.body().contains("UPDATE — The crossing"), c.body());
    }

    @Test
    void offsetMapPointsBackIntoTheRawText() {
        String raw =
                "Headline here\n\nAlso read | something\nFirst paragraph of the story.\n\nSecond one, with more.\n";
        CleanArticle c = cleaner.clean(text(raw));
        String body = c.body();
        int start = body.indexOf("Second");
        int end = start + "Second one".length();
        int rs = c.offsets().toRaw(start);
        assertEquals("Second one", raw.substring(rs, rs + (end - start)));
        int fs = c.offsets().toRaw(body.indexOf("First"));
        assertEquals("First paragraph", raw.substring(fs, fs + 15));
    }
}

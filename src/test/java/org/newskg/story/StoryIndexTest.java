package org.newskg.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoryIndexTest {
    static final String STORY = """
            The river authority closed the lower locks on Thursday after engineers found a crack in the oldest of the three gates, stopping barge traffic for at least a week.

            "We would rather lose a week of trade than a gate and the water behind it," said Lena Varga, the authority's chief engineer, at the lock house.

            Barge operators said the closure came at the worst possible time, with the grain harvest waiting at the upstream wharves for shipment to the coast.

            The authority said a temporary gate would be floated into place on Monday and that the repairs would be paid for from its reserve fund.""";

    static final String OTHER = """
            A travelling circus set up its tent on the common outside Brackley on Friday, the first to visit the town since the old fairground was sold for housing.

            "Children here have never seen an elephant made of paper, let alone a real acrobat," said Joss Harlan, who runs the troupe with his two sisters.

            The council said the circus could stay for three weeks, and that the common would be reseeded after it left in the spring.""";

    @Test
    void aCopyWithAnotherHeadlineFurnitureAndAnAddedParagraphIsTheSameStory() {
        StoryIndex idx = new StoryIndex();
        assertNull(idx.assign("first", STORY));
        String copy = "Locks shut as gate cracks\n\nShare this story\n\n" + STORY.replace("\"", "\u201C")
                + "\n\nTraders at the wharves said they would ask the authority for compensation if the closure lasted beyond the end of the month.";
        assertEquals("first", idx.assign("copy", copy));
        assertNull(idx.assign("other", OTHER));
        // a copy of the copy points at the first article, not at the copy
        assertEquals("first", idx.assign("copy-of-copy", copy + "\n\nIt was the second closure this year."));
    }

    @Test
    void aCutCopyIsContainedInTheOriginal() {
        StoryIndex idx = new StoryIndex();
        idx.assign("first", STORY);
        String[] paragraphs = STORY.split("\n\n");
        String cut = paragraphs[0] + "\n\n" + paragraphs[1] + "\n\n" + paragraphs[2];
        assertEquals("first", idx.assign("cut", cut));
    }

    @Test
    void theSameArticleAgainKeepsItsStory() {
        StoryIndex idx = new StoryIndex();
        assertNull(idx.assign("a", STORY));
        assertNull(idx.assign("a", STORY), "the first copy is no copy of itself");
        assertEquals(1, idx.size());
    }

    @Test
    void shortTextsAreNotMatched() {
        StoryIndex idx = new StoryIndex();
        assertNull(idx.assign("a", "The council met on Monday."));
        assertNull(idx.assign("b", "The council met on Monday."));
        assertEquals(0, idx.size());
    }

    @Test
    void similarityFollowsTheOverlap() {
        int[] a = MinHash.signature(Shingles.of(STORY));
        int[] b = MinHash.signature(Shingles.of(OTHER));
        assertEquals(1.0, MinHash.similarity(a, a));
        assertTrue(MinHash.similarity(a, b) < 0.1, "unrelated stories share almost no minima");
    }

    @Test
    void forgettingAnArticleFreesItsStory() {
        StoryIndex idx = new StoryIndex();
        idx.assign("first", STORY);
        idx.remove("first");
        assertNull(idx.assign("again", STORY + "\n\nOne more line added by the second outlet for its readers."));
    }
}

package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleTest {
    static String name(String source) {
        return Article.of(source, "text", null).sourceName();
    }

    @Test
    void filesAreNamedWithoutFoldersAndExtension() {
        assertEquals("story", name("articles/2025/story.txt"));
        assertEquals("feed-3", name("dump/feed.jsonl#3"));
    }

    @Test
    void pagesAreNamedByTheLastSegmentOfTheirPath() {
        assertEquals("ferry-strike", name("https://news.example/2025/03/ferry-strike.html"));
        assertEquals(
                "ferry-strike", name("https://news.example/2025/03/ferry-strike/"), "a trailing slash names nothing");
        assertEquals("story?id=42", name("http://news.example/story.php?id=42"));
        assertEquals("news.example", name("https://news.example/"));
        assertEquals(
                "v2.1-release", name("https://news.example/v2.1-release"), "a long tail after a dot is no extension");
    }
}

package org.newskg.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NewskgConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        NewskgConfig c = NewskgConfig.defaults();
        assertEquals(Path.of("newskg-data"), c.store());
        assertEquals("127.0.0.1", c.host());
        assertEquals(3030, c.port());
        assertEquals(Duration.ofSeconds(30), c.queryTimeout());
        assertEquals(10_000, c.maxResults());
        assertEquals(5L * 1024 * 1024, c.maxFileSize());
        assertEquals(Runtime.getRuntime().availableProcessors(), c.effectiveThreads());
    }

    @Test
    void toBuilderChangesOneValueAndLeavesTheOriginal() {
        NewskgConfig c =
                NewskgConfig.defaults().toBuilder().port(8080).threads(3).build();
        assertEquals(8080, c.port());
        assertEquals(3, c.effectiveThreads());
        assertEquals(NewskgConfig.defaults().store(), c.store());
        assertEquals(3030, NewskgConfig.defaults().port());
        assertNotSame(NewskgConfig.defaults(), c);
        assertEquals(c, c.toBuilder().build());
    }

    @Test
    void buildNamesTheBadValueAndWhy() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> NewskgConfig.builder().port(70000).build());
        assertEquals("port 70000: must be 0..65535", e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> NewskgConfig.builder()
                        .queryTimeout(Duration.ofSeconds(-1))
                        .build());
        assertTrue(e.getMessage().startsWith("queryTimeout PT-1S"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> NewskgConfig.builder().maxFileSize(0).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> NewskgConfig.builder().threads(-2).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> NewskgConfig.builder().store(null).build());
    }
}

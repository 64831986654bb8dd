package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.ArticleSources;
import org.newskg.problem.Problem;

/** The driver lists a folder as `newskg ingest` walks it, through Hadoop's file system API. */
class InputListingTest {

    @Test
    void listsAFolderAsIngestDoes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b/.cache"));
        Files.writeString(dir.resolve("b/2.txt"), "Two");
        Files.writeString(dir.resolve("b/2.json"), "{\"outlet\": \"Wire\"}"); // 2.txt's sidecar
        Files.writeString(dir.resolve("a.html"), "<p>A</p>");
        Files.writeString(dir.resolve("b/1.txt"), "One");
        Files.writeString(dir.resolve("b/.cache/x.txt"), "hidden");
        Files.writeString(dir.resolve(".hidden.txt"), "hidden");
        Files.writeString(dir.resolve("notes.pdf"), "no reader");
        List<Problem> problems = new ArrayList<>();

        List<InputFile> files = InputListing.list(
                List.of(
                        dir.toString(),
                        dir.resolve("missing").toString(),
                        dir.resolve("b/1.*").toString()),
                null,
                ArticleSources.defaults(),
                new Configuration(),
                problems::add);

        assertEquals(
                List.of("a.html", "b/1.txt", "b/2.txt", "b/1.txt"),
                files.stream()
                        .map(f -> dir.toUri()
                                .relativize(
                                        Path.of(java.net.URI.create(f.path())).toUri())
                                .toString())
                        .toList());
        assertEquals(List.of(0, 1, 2, 3), files.stream().map(InputFile::order).toList());
        assertEquals(3, files.get(2).size());
        assertEquals(
                Path.of(dir.resolve("b/2.json").toUri()),
                Path.of(java.net.URI.create(files.get(2).sidecar())));
        assertNull(files.get(1).sidecar());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("no such file or folder", problems.get(0).reason());
    }

    @Test
    void aForcedFormatTakesEveryFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("dump.0001"), "{\"text\": \"One\"}\n");
        List<InputFile> files = InputListing.list(
                List.of(dir.toString()), "jsonl", ArticleSources.defaults(), new Configuration(), p -> {
                    throw new AssertionError(p.toString());
                });
        assertEquals(1, files.size());
    }
}

package org.newskg.watch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.List;
import org.newskg.story.MinHash;
import org.newskg.story.StoryIndex;

/**
 * The story index on disk, beside the store: one line per article ("article story shingles
 * signature"), appended as articles are stored and never rewritten, so a crash can cost at most
 * a torn last line, which is skipped when read back.
 */
final class StoryFile {
    private StoryFile() {}

    static StoryIndex load(Path file) throws IOException {
        StoryIndex idx = new StoryIndex();
        if (!Files.exists(file)) {
            return idx;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            StoryIndex.Entry e = parse(line);
            if (e != null) {
                idx.add(e);
            }
        }
        return idx;
    }

    static void append(Path file, List<StoryIndex.Entry> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        try (BufferedWriter w = Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (StoryIndex.Entry e : entries) {
                ByteBuffer b = ByteBuffer.allocate(MinHash.SIZE * 4);
                for (int v : e.signature()) {
                    b.putInt(v);
                }
                w.write(e.article() + " " + e.story() + " " + e.shingles() + " "
                        + Base64.getEncoder().withoutPadding().encodeToString(b.array()));
                w.newLine();
            }
        }
    }

    private static StoryIndex.Entry parse(String line) {
        String[] f = line.strip().split(" ");
        if (f.length != 4) {
            return null;
        }
        try {
            byte[] raw = Base64.getDecoder().decode(f[3]);
            if (raw.length != MinHash.SIZE * 4) {
                return null;
            }
            ByteBuffer b = ByteBuffer.wrap(raw);
            int[] sig = new int[MinHash.SIZE];
            for (int i = 0; i < sig.length; i++) {
                sig[i] = b.getInt();
            }
            return new StoryIndex.Entry(f[0], f[1], Integer.parseInt(f[2]), sig);
        } catch (IllegalArgumentException e) {
            return null; // a torn line from a crash
        }
    }
}

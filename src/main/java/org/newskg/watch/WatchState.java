package org.newskg.watch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newskg.fetch.Validators;

/**
 * What the watcher remembers between rounds and restarts: each feed's validators (so an unchanged
 * feed costs a 304) and each item URL it has dealt with (so a page is fetched once). Kept as a
 * JSON file beside the store and replaced atomically: a crash mid-write leaves the old file, never
 * half of a new one.
 */
public final class WatchState {

    /** How a feed answered last time. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class FeedState {
        public String etag;
        public String lastModified;
        public String lastRead;
    }

    /** What became of an item. */
    public enum Outcome {
        STORED,
        SKIPPED,
        FAILED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class ItemState {
        public Outcome outcome;
        /** The stored article's id (the content hash), for STORED. */
        public String article;
        /** The article's own URL when it differs from the item's (canonical link, redirects). */
        public String canonical;

        public String reason;
        public int attempts;
        /** When a feed last listed it; items no feed has listed for {@link #FORGET_AFTER} are dropped. */
        public String lastListed;
        /** Whether trying again in a later round may help (a 5xx, a timeout). */
        public boolean retryable;
    }

    /** Tries of a retryable item across rounds before it counts as failed for good. */
    public static final int MAX_ATTEMPTS = 3;
    /** Feeds list recent items only; an item none has listed for this long will not come back. */
    public static final Duration FORGET_AFTER = Duration.ofDays(30);

    public int version = 1;
    public Map<String, FeedState> feeds = new LinkedHashMap<>();
    public Map<String, ItemState> items = new LinkedHashMap<>();

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static WatchState load(Path file) {
        if (!Files.exists(file)) {
            return new WatchState();
        }
        try {
            WatchState s = JSON.readValue(file.toFile(), WatchState.class);
            if (s.feeds == null) {
                s.feeds = new LinkedHashMap<>();
            }
            if (s.items == null) {
                s.items = new LinkedHashMap<>();
            }
            return s;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read the watch state " + file + ": " + e.getMessage()
                            + " (move it away to start afresh; pages already stored are then reported unchanged)",
                    e);
        }
    }

    /** Writes to a temporary file beside {@code file}, forces it to disk, then renames it over. */
    public void save(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            byte[] bytes = JSON.writeValueAsBytes(this);
            try (var ch = java.nio.channels.FileChannel.open(
                    tmp, java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    Validators validators(String feed) {
        FeedState f = feeds.get(feed);
        return f == null ? Validators.NONE : new Validators(f.etag, f.lastModified);
    }

    void feedRead(String feed, Validators v, Instant now) {
        FeedState f = feeds.computeIfAbsent(feed, k -> new FeedState());
        f.etag = v.etag();
        f.lastModified = v.lastModified();
        f.lastRead = now.toString();
    }

    /** Drops items no feed has listed for {@link #FORGET_AFTER}. */
    void forgetOld(Instant now) {
        Instant limit = now.minus(FORGET_AFTER);
        items.values()
                .removeIf(
                        i -> i.lastListed != null && Instant.parse(i.lastListed).isBefore(limit));
    }
}

package org.newskg.link.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.newskg.util.Sha256;

/**
 * A persistent cache of API responses: one JSON file per request key, named by the key's SHA-256
 * and spread over 256 sub-folders, holding the key, the time it was fetched and the response.
 * Entries older than the time-to-live are ignored (and overwritten by the next fetch). Files are
 * written to a temporary name and moved into place, so concurrent writers and a crash leave
 * either the old entry or the new one; an unreadable file counts as a miss.
 *
 * <pre>{"key": "action=wbsearchentities&...", "fetched": "2025-03-01T10:00:00Z", "response": {...}}</pre>
 */
final class DiskCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Duration ttl;
    private final Clock clock;

    DiskCache(Path dir, Duration ttl, Clock clock) {
        this.dir = dir;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The fresh cached response for the key, if any. */
    Optional<JsonNode> get(String key) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(f.toFile());
            if (!key.equals(n.path("key").asText(null))) {
                return Optional.empty();
            }
            Instant fetched = Instant.parse(n.path("fetched").asText());
            if (fetched.plus(ttl).isBefore(clock.instant())) {
                return Optional.empty();
            }
            JsonNode r = n.get("response");
            return r == null || r.isNull() ? Optional.empty() : Optional.of(r);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // torn or foreign file: fetch again
        }
    }

    /** Stores the response under the key; failures to write are ignored (the cache is an optimisation). */
    boolean put(String key, JsonNode response) {
        Path f = file(key);
        try {
            Files.createDirectories(f.getParent());
            ObjectNode n = JSON.createObjectNode();
            n.put("key", key);
            n.put("fetched", clock.instant().toString());
            n.set("response", response);
            Path tmp = Files.createTempFile(f.getParent(), f.getFileName().toString(), ".tmp");
            try {
                Files.write(tmp, JSON.writeValueAsBytes(n));
                try {
                    Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    Path file(String key) {
        String h = Sha256.hex(key);
        return dir.resolve(h.substring(0, 2)).resolve(h + ".json");
    }
}

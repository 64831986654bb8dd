package org.newskg.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names derived from content: the SHA-256 of a string's UTF-8 bytes in lower-case hex, cut to as
 * many bytes as the name needs. Article ids, hashed node IRIs and cache file names all come from
 * here, so they cannot drift apart in charset or case.
 */
public final class Sha256 {
    private Sha256() {}

    /** All 32 bytes: 64 hex digits. */
    public static String hex(String s) {
        return hex(s, 32);
    }

    /** The first {@code bytes} bytes (1..32) of the digest: twice as many hex digits. */
    public static String hex(String s, int bytes) {
        if (bytes < 1 || bytes > 32) {
            throw new IllegalArgumentException("bytes " + bytes + ": must be 1..32");
        }
        return HexFormat.of().formatHex(digest(s), 0, bytes);
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

package org.newskg.serve.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users file of {@code serve --auth FILE}: one {@code user: PBKDF2-SHA256:...} line per user,
 * {@code #} comments and blank lines allowed, written by {@code newskg passwd FILE USER}. A line
 * holding a plain-text password is refused with the command that converts it.
 *
 * <p>Checking a password costs one PBKDF2 derivation (~0.1 s), on purpose; a password that matched
 * once is remembered as its SHA-256 for this process, so an authenticated ingest sending thousands of
 * requests pays it once.
 */
public final class Users {
    private final Map<String, PasswordHash> hashes;
    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();
    private final List<String> warnings;

    private Users(Map<String, PasswordHash> hashes, List<String> warnings) {
        this.hashes = hashes;
        this.warnings = warnings;
    }

    /**
     * @throws IllegalArgumentException naming the file, line and reason for a malformed or plain-text line
     * @throws IOException when the file cannot be read
     */
    public static Users load(Path file) throws IOException {
        Map<String, PasswordHash> hashes = new LinkedHashMap<>();
        List<String> plain = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            Entry e = Entry.parse(line);
            if (e == null) {
                continue;
            }
            if (e.user.isEmpty() || e.value.isEmpty()) {
                throw new IllegalArgumentException(file + " line " + n + ": expected 'user: PBKDF2-SHA256:...'");
            }
            if (!PasswordHash.isHash(e.value)) {
                plain.add(e.user);
                continue;
            }
            try {
                hashes.put(e.user, PasswordHash.parse(e.value));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(
                        file + " line " + n + " (user '" + e.user + "'): " + ex.getMessage());
            }
        }
        if (!plain.isEmpty()) {
            throw new IllegalArgumentException(file + " holds plain-text passwords (users " + String.join(", ", plain)
                    + "); run `newskg passwd --migrate " + file
                    + "` to replace them with salted hashes, or `newskg passwd "
                    + file + " USER` to set one");
        }
        if (hashes.isEmpty()) {
            throw new IllegalArgumentException(file + " has no users; add one with `newskg passwd " + file + " USER`");
        }
        return new Users(
                hashes,
                readableByOthers(file)
                        ? List.of(file + " can be read by other users of this machine; " + "make it private: chmod 600 "
                                + file)
                        : List.of());
    }

    /** Problems worth telling the operator that do not stop the server. */
    public List<String> warnings() {
        return warnings;
    }

    public boolean check(String user, char[] password) {
        PasswordHash h = hashes.get(user);
        if (h == null) {
            // the same work as for a real user, so timing does not tell which names exist
            PasswordHash.create(password);
            return false;
        }
        byte[] quick = sha256(password);
        byte[] seen = verified.get(user);
        if (seen != null && MessageDigest.isEqual(seen, quick)) {
            return true;
        }
        if (h.matches(password)) {
            verified.put(user, quick);
            return true;
        }
        return false;
    }

    static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.OTHERS_READ) || p.contains(PosixFilePermission.GROUP_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    private static byte[] sha256(char[] password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(new String(password).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One {@code user: value} line; null for comments and blank lines. */
    record Entry(String user, String value) {
        static Entry parse(String line) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                return null;
            }
            int colon = t.indexOf(':');
            if (colon < 0) {
                return new Entry(t, "");
            }
            String value = t.substring(colon + 1).strip();
            // Jetty realm files may add roles after a comma: "user: password, role"; a hash has no comma
            int comma = value.indexOf(',');
            if (comma >= 0 && !PasswordHash.isHash(value)) {
                value = value.substring(0, comma).strip();
            }
            return new Entry(t.substring(0, colon).strip(), value);
        }
    }
}

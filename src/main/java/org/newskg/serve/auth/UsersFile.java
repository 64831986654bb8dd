package org.newskg.serve.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits a users file in place for {@code newskg passwd}: sets one user's hash, or converts every
 * plain-text line to a hash ({@code --migrate}); comments and order are kept. The file is written
 * to a private temporary file beside it and moved over it, so a crash leaves the old or the new file.
 */
public final class UsersFile {
    private UsersFile() {}

    /** What an edit did, for the command's message. */
    public record Result(boolean added, List<String> migrated) {}

    /** Sets {@code user}'s password (adding the user if new); plain-text lines of other users are migrated too. */
    public static Result setPassword(Path file, String user, char[] password) throws IOException {
        if (user.isEmpty() || user.contains(":") || user.chars().anyMatch(c -> Character.isWhitespace(c) || c < 32)) {
            throw new IllegalArgumentException(
                    "a user name cannot be empty or hold ':', spaces or control characters: '" + user + "'");
        }
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
        List<String> out = new ArrayList<>();
        List<String> migrated = new ArrayList<>();
        boolean found = false;
        for (String line : lines) {
            Users.Entry e = Users.Entry.parse(line);
            if (e != null && e.user().equals(user)) {
                out.add(user + ": " + PasswordHash.create(password));
                found = true;
            } else {
                out.add(migrate(line, e, migrated));
            }
        }
        if (!found) {
            if (lines.isEmpty()) {
                out.add("# newskg users: 'user: PBKDF2-SHA256:iterations:salt:hash', written by `newskg passwd`");
            }
            out.add(user + ": " + PasswordHash.create(password));
        }
        write(file, out);
        return new Result(!found, migrated);
    }

    /** Replaces every plain-text password with its hash. */
    public static List<String> migrate(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> migrated = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(migrate(line, Users.Entry.parse(line), migrated));
        }
        if (!migrated.isEmpty()) {
            write(file, out);
        }
        return migrated;
    }

    private static String migrate(String line, Users.Entry e, List<String> migrated) {
        if (e == null || e.value().isEmpty() || PasswordHash.isHash(e.value())) {
            return line;
        }
        migrated.add(e.user());
        return e.user() + ": " + PasswordHash.create(e.value().toCharArray());
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: nothing to tighten
            }
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

package org.newskg.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.serve.auth.PasswordHash;
import org.newskg.serve.auth.UsersFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "passwd",
        mixinStandardHelpOptions = true,
        description = "Adds a user to the users file of `serve --auth FILE` or changes their password, stored as a "
                + "salted PBKDF2 hash. The password is read without echo from the terminal, or as one line from "
                + "standard input when there is no terminal (for scripts). Plain-text lines left in the file are "
                + "hashed too. Exit status: 1 when the file cannot be written, 2 for usage errors.")
final class PasswdCommand implements Callable<Integer> {
    static final int MIN_LENGTH = 8;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "the users file (created if missing, private: mode 600)")
    Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "USER", description = "the user to add or change")
    String user;

    @Option(names = "--migrate", description = "only replace every plain-text password in FILE with its hash")
    boolean migrate;

    @Override
    public Integer call() {
        try {
            if (migrate) {
                List<String> done = UsersFile.migrate(file);
                System.out.println(
                        done.isEmpty()
                                ? "newskg passwd: no plain-text passwords in " + file
                                : "newskg passwd: hashed the passwords of " + String.join(", ", done) + " in " + file);
                return 0;
            }
            if (user == null) {
                System.err.println("newskg passwd: give FILE USER (or --migrate FILE)");
                return 2;
            }
            char[] pw = readPassword();
            if (pw == null) {
                System.err.println("newskg passwd: no password given");
                return 2;
            }
            if (pw.length < MIN_LENGTH) {
                System.err.println("newskg passwd: a password needs at least " + MIN_LENGTH + " characters");
                return 2;
            }
            UsersFile.Result r = UsersFile.setPassword(file, user, pw);
            Arrays.fill(pw, '\0');
            System.out.println("newskg passwd: " + (r.added() ? "added " : "changed the password of ") + user + " in "
                    + file + " (" + PasswordHash.SCHEME + ")");
            if (!r.migrated().isEmpty()) {
                System.out.println(
                        "newskg passwd: also hashed the plain-text passwords of " + String.join(", ", r.migrated()));
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("newskg passwd: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("newskg passwd: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /** Console.isTerminal() (JDK 22+): later JDKs hand out a Console for redirected input too. */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a Console exists only for a terminal
        }
    }

    private char[] readPassword() throws IOException {
        Console console = System.console();
        if (console != null && isTerminal(console)) {
            char[] a = console.readPassword("Password for %s: ", user);
            char[] b = console.readPassword("Again: ");
            if (a == null || b == null) {
                return null;
            }
            if (!Arrays.equals(a, b)) {
                throw new IllegalArgumentException("the two passwords differ; nothing changed");
            }
            Arrays.fill(b, '\0');
            return a;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.toCharArray();
    }
}

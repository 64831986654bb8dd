package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a full disk ended ingest in a raw {@code java.lang.InternalError} trace (a failed write
 * to a memory-mapped TDB2 file). Now: "disk full (N bytes free in DIR)", the summary of what was
 * stored, exit 1; the store stays whole, a re-run with room finishes the job, and compact refuses
 * to start without room. Needs a small file system of its own: a tmpfs, mounted when the test runs
 * as root (else skipped).
 */
class DiskFullIT {
    private Path mounted;

    /** Mounts a tmpfs of {@code megabytes} at {@code dir}, or skips the test saying why it cannot. */
    private void mountTmpfs(Path dir, int megabytes) throws Exception {
        Assumptions.assumeTrue(
                "root".equals(System.getProperty("user.name")),
                "skipped: mounting a small tmpfs to fill needs root (running as " + System.getProperty("user.name")
                        + ")");
        Files.createDirectories(dir);
        Process mount;
        try {
            mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", dir.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("skipped: cannot run mount: " + e.getMessage());
            return;
        }
        String out = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(mount.waitFor() == 0, "skipped: cannot mount a tmpfs here: " + out.strip());
        mounted = dir;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", "-l", mounted.toString())
                    .inheritIO()
                    .start()
                    .waitFor(30, TimeUnit.SECONDS);
        }
    }

    record Run(int status, String output) {}

    static Run run(String... args) throws Exception {
        Process p = new ProcessBuilder(TestKit.childMain(args))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "still running:\n" + out);
        return new Run(p.exitValue(), out);
    }

    /** Fills the file system of {@code dir} until about {@code leave} bytes are free. */
    static Path fill(Path dir, long leave) throws IOException {
        Path filler = dir.resolve("filler");
        long size = Math.max(0, Files.getFileStore(dir).getUsableSpace() - leave);
        byte[] block = new byte[1 << 20];
        try (var out = Files.newOutputStream(filler)) {
            for (long n = 0; n < size; n += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - n));
            }
        }
        return filler;
    }

    @Test
    void aFullDiskIsReportedWithTheSummaryAndTheStoreStaysWhole(@TempDir Path tmp) throws Exception {
        Path fs = tmp.resolve("fs");
        mountTmpfs(fs, 40);
        Path in = CrashIT.generate(tmp.resolve("in"));
        Path db = fs.resolve("db");
        Path filler = fill(fs, 12L << 20);

        Run full = run("ingest", "--db", db.toString(), "--threads", "2", in.toString());
        System.out.println("DiskFullIT: ingest onto a full disk printed (last lines):\n"
                + full.output()
                        .lines()
                        .filter(l ->
                                !l.contains("not stored: ingest stopped") && !l.contains("not read: ingest stopped"))
                        .reduce("", (a, b) -> a + "  " + b + "\n"));
        assertEquals(1, full.status(), full.output());
        Matcher m = Pattern.compile("disk full \\((\\d+) bytes free in "
                        + Pattern.quote(db.toAbsolutePath().toString()) + "\\)")
                .matcher(full.output());
        assertTrue(m.find(), "no 'disk full' message:\n" + full.output());
        assertTrue(full.output().contains("ingest: " + CrashIT.ARTICLES + " files"), "no summary:\n" + full.output());
        assertFalse(
                full.output().contains("\tat ") || full.output().contains("Exception in thread"),
                "a stack trace was printed:\n" + full.output());
        Matcher stored = Pattern.compile("(\\d+) stored").matcher(full.output());
        assertTrue(stored.find(), full.output());
        int before = Integer.parseInt(stored.group(1));
        assertTrue(before < CrashIT.ARTICLES, "the disk did not fill: " + full.output());

        // with room again, the same command finishes the job; nothing stored before is written twice
        Files.delete(filler);
        Run rerun = run("ingest", "--db", db.toString(), "--threads", "2", in.toString());
        assertEquals(0, rerun.status(), rerun.output());
        assertTrue(
                rerun.output().contains((CrashIT.ARTICLES - before) + " stored"),
                before + " before; " + rerun.output());

        // compact needs room for a second copy: it says so instead of filling the disk
        long storeBytes = org.newskg.store.Store.bytesOnDisk(db);
        fill(fs, Math.max(1L << 20, storeBytes / 2));
        Run compact = run("compact", "--db", db.toString());
        System.out.println("DiskFullIT: compact without room printed:\n  "
                + compact.output().strip());
        assertEquals(1, compact.status(), compact.output());
        assertTrue(compact.output().contains("not enough free space to compact"), compact.output());
        Run count = run(
                "query",
                "--db",
                db.toString(),
                "--format",
                "csv",
                "--query",
                "PREFIX nk: <https://newskg.org/ontology#> SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a nk:Article }");
        assertEquals(0, count.status(), count.output());
        assertTrue(count.output().contains("n\r\n" + CrashIT.ARTICLES + "\r\n"), count.output());
    }

    /**
     * Lower risk of issue 19: a store on read-only media. TDB2 (Jena 6) has no read-only mode: it
     * writes its lock file and journal even to read. The store cannot be opened where it is, and
     * the message says why and what to do, rather than a bare I/O error.
     */
    @Test
    void aStoreOnReadOnlyMediaSaysWhyItCannotBeOpened(@TempDir Path tmp) throws Exception {
        Path fs = tmp.resolve("ro");
        mountTmpfs(fs, 32);
        Path db = fs.resolve("db");
        org.newskg.store.Store.open(db).close();
        Process remount = new ProcessBuilder("mount", "-o", "remount,ro", fs.toString())
                .inheritIO()
                .start();
        Assumptions.assumeTrue(remount.waitFor() == 0, "skipped: cannot remount the tmpfs read-only");
        org.newskg.store.Store.StoreException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.newskg.store.Store.StoreException.class, () -> org.newskg.store.Store.openExisting(db));
        assertTrue(
                e.getMessage().contains("not writable") && e.getMessage().contains("copied to writable storage"),
                e.getMessage());
    }
}

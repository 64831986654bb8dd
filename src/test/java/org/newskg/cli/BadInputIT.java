package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.TestKit;

/** Issue 5: good articles mixed with every kind of bad file; the good ones are stored, the bad ones named. */
class BadInputIT {

    @Test
    void goodArticlesStoredBadFilesNamed(@TempDir Path tmp) throws Exception {
        Path in = TestKit.examples(tmp.resolve("in"));
        List<String> bad = new ArrayList<>();
        Files.write(in.resolve("empty.txt"), new byte[0]);
        bad.add("empty.txt");
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        Files.write(in.resolve("binary.txt"), binary);
        bad.add("binary.txt");
        Files.writeString(
                in.resolve("feed.jsonl"),
                "{\"title\": \"Talks\", \"text\": \""
                        + TestKit.example("ministers-meet.txt")
                                .replace("\"", "\\\"")
                                .replace("\n", "\\n")
                                .replace("Vienna", "Graz")
                        + "\"}\n{\"title\": broken\n");
        bad.add("feed.jsonl:2");
        // a WARC.gz cut in the middle of its only record
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(warc)) {
            String body = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>" + "text ".repeat(2000)
                    + "</p></body></html>";
            gz.write(
                    ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Target-URI: http://example.org/a\r\n"
                                    + "Content-Type: application/http; msgtype=response\r\nContent-Length: "
                                    + body.length() + "\r\n\r\n" + body)
                            .getBytes(Charset.forName("ISO-8859-1")));
        }
        byte[] w = warc.toByteArray();
        Files.write(in.resolve("cut.warc.gz"), java.util.Arrays.copyOf(w, w.length / 2));
        bad.add("cut.warc.gz");
        Files.writeString(in.resolve("huge.txt"), "Huge headline\n\n" + "Words and more words. ".repeat(6000));
        bad.add("huge.txt");
        Path loop = Files.createDirectories(in.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("again"), in);
        bad.add("again");
        Path locked = in.resolve("locked.txt");
        Files.writeString(locked, TestKit.example("phone-call.txt").replace("Sunday", "Friday"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean rootReadsAnyway = Files.isReadable(locked);
        if (!rootReadsAnyway) {
            bad.add("locked.txt");
        }
        // text that is not UTF-8 (windows-1252) is decoded, not refused
        Files.write(
                in.resolve("latin.txt"),
                TestKit.example("harbour-talks.txt")
                        .replace("Valletta", "Valletta café")
                        .getBytes(Charset.forName("windows-1252")));

        CliIT.Run r = CliIT.run(
                "ingest",
                "--db",
                tmp.resolve("db").toString(),
                "--threads",
                "2",
                "--max-file-size",
                "100K",
                in.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        for (String name : bad) {
            assertTrue(r.out().contains(name), name + " is not named in the report:\n" + r.out());
        }
        assertTrue(r.out().contains("failed inputs"), r.out());
        // 4 examples + latin.txt + the good JSON line (+ locked.txt when root can read it)
        int good = 6 + (rootReadsAnyway ? 1 : 0);
        assertTrue(r.out().contains(good + " stored"), r.out());
        assertTrue(!r.out().contains("\tat ") && !r.err().contains("\tat "), "stack trace printed:\n" + r.err());
        CliIT.Run q = CliIT.run(
                "query",
                "--db",
                tmp.resolve("db").toString(),
                "--format",
                "csv",
                "--query",
                "PREFIX nk: <https://newskg.org/ontology#> SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a nk:Article }");
        assertEquals("n\r\n" + good + "\r\n", q.out());
    }
}

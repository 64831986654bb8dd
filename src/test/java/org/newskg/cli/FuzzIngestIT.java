package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.TestKit;

/**
 * Issue 19: one folder mixing good articles with every bad input the adversarial run found - a
 * page nested 8,000 deep, a 3 GB JSON Lines file and a 3 GB sidecar (sparse), a JSON Lines line
 * over the limit, a .warc.gz whose header expands to 512 MB, a FIFO, a file over the size limit, a
 * file name with a newline, javascript: URLs. Ingested by a child JVM with a 512 MB heap: every
 * good article is stored, every bad input is named, exit status 1, nothing hangs, and the peak
 * resident set size stays bounded (printed for the record).
 */
class FuzzIngestIT {

    static final long RSS_LIMIT_BYTES = 1536L << 20;

    /** A distinct article: an example with a line of its own. */
    static String article(String example, int n) throws IOException {
        return TestKit.example(example) + "\nEditing by desk " + n + ".\n";
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static void sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    @Test
    void goodArticlesStoredBadInputsNamedNothingHangs(@TempDir Path tmp) throws Exception {
        Path in = TestKit.examples(tmp.resolve("in")); // 4 good articles
        int good = TestKit.EXAMPLES.size();
        Map<String, String> bad = new LinkedHashMap<>(); // what must appear in the report -> why

        // a page nested 8,000 deep overflowed the cleaner's stack; now it is read like any page
        StringBuilder paragraphs = new StringBuilder();
        for (String p : article("harbour-talks.txt", 1).split("\n\n")) {
            paragraphs
                    .append("<p>")
                    .append(p.replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</p>");
        }
        Files.writeString(
                in.resolve("nested.html"),
                "<html><head><title>Harbour talks</title>"
                        + "<link rel=\"canonical\" href=\"javascript:alert(document.domain)\"></head><body>"
                        + "<div>".repeat(8000) + paragraphs + "</div>".repeat(8000) + "</body></html>");
        good++;
        // a JSON record with a javascript: URL is stored without it
        Files.writeString(
                in.resolve("xss.json"),
                "{\"url\": \"javascript:alert(1)\", \"text\": " + json(article("phone-call.txt", 2)) + "}");
        good++;
        // a text with a 3 GB sidecar: the text is stored, the sidecar named
        Files.writeString(in.resolve("side.txt"), article("ministers-meet.txt", 3));
        good++;
        sparse(in.resolve("side.json"), 3L << 30);
        bad.put("side.json", "sidecar is over the limit");
        // 3 GB of zeros as JSON Lines
        sparse(in.resolve("zeros.jsonl"), 3L << 30);
        bad.put("zeros.jsonl", "binary content");
        // a JSON Lines line over the limit, then a good line
        Files.writeString(
                in.resolve("long.jsonl"),
                "{\"text\": \"" + "word ".repeat(1_200_000) + "\"}\n" + "{\"title\": \"Trade\", \"text\": "
                        + json(article("trade-summit.txt", 4)) + "}\n");
        good++;
        bad.put("long.jsonl:1", "over the limit");
        // a .warc.gz of about half a megabyte whose first header line expands to 512 MB
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (GZIPOutputStream gz = new GZIPOutputStream(packed, 1 << 16)) {
            gz.write("WARC/1.0\r\nWARC-Target-URI: http://example.org/".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 512; i++) {
                gz.write(chunk);
            }
        }
        Files.write(in.resolve("bomb.warc.gz"), packed.toByteArray());
        bad.put("bomb.warc.gz", "header over");
        // a FIFO hung the batch for ever
        Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("fifo.txt").toString())
                .inheritIO()
                .start();
        if (mkfifo.waitFor() == 0) {
            bad.put("fifo.txt", "not a regular file");
        }
        // over --max-file-size (5M by default)
        Files.writeString(in.resolve("huge.txt"), "Huge headline\n\n" + "Words and more words. ".repeat(300_000));
        bad.put("huge.txt", "over the limit");
        // a newline in a file name must not forge a report line
        Files.write(in.resolve("bad\nerror: forged.txt"), new byte[0]);
        bad.put("bad\\nerror: forged.txt", "empty");

        List<String> cmd = new ArrayList<>(
                TestKit.childMain("ingest", "--db", tmp.resolve("db").toString(), "--threads", "2", in.toString()));
        cmd.set(cmd.indexOf("-Xmx1g"), "-Xmx512m");
        Process child = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .start();
        long peakRss = 0;
        while (!child.waitFor(100, TimeUnit.MILLISECONDS)) {
            peakRss = Math.max(peakRss, highWaterMark(child.pid()));
            if (peakRss == 0 && !Files.exists(Path.of("/proc/self/status"))) {
                break;
            }
        }
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        String out = Files.readString(tmp.resolve("out.txt"));
        assertTrue(ended, "ingest hangs:\n" + out);
        System.out.printf("FuzzIngestIT: peak RSS of the ingest JVM (-Xmx512m): %d MB%n", peakRss >> 20);

        assertEquals(1, child.exitValue(), out);
        assertTrue(out.contains(good + " stored"), good + " good articles expected stored:\n" + out);
        String failed = out.substring(out.indexOf("failed inputs"));
        System.out.println("FuzzIngestIT: the report:\n" + out.substring(out.indexOf("ingest: ")));
        for (Map.Entry<String, String> b : bad.entrySet()) {
            assertTrue(
                    failed.lines().anyMatch(l -> l.contains(b.getKey()) && l.contains(b.getValue())),
                    b.getKey() + " (" + b.getValue() + ") is not named:\n" + out);
        }
        assertFalse(
                out.lines()
                        .anyMatch(
                                l -> l.startsWith("error: forged") || l.strip().startsWith("error: forged")),
                "a file name forged a report line:\n" + out);
        assertFalse(out.contains("\tat ") || out.contains("Exception in thread"), "a stack trace was printed:\n" + out);
        if (peakRss > 0) {
            assertTrue(peakRss < RSS_LIMIT_BYTES, "peak RSS " + (peakRss >> 20) + " MB");
        }

        CliIT.Run urls = CliIT.run(
                "query",
                "--db",
                tmp.resolve("db").toString(),
                "--format",
                "csv",
                "--query",
                "PREFIX nk: <https://newskg.org/ontology#> SELECT (COUNT(?u) AS ?n) { ?a nk:url ?u "
                        + "FILTER(!STRSTARTS(LCASE(STR(?u)), \"http\")) }");
        assertEquals("n\r\n0\r\n", urls.out(), urls.err());
    }

    /** VmHWM (peak resident set size) of a process from /proc, in bytes; 0 when unknown. */
    static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or no /proc
        }
        return 0;
    }
}

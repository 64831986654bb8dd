package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.TestKit;

/** Exit statuses and output of the command line, run in-process through {@link Main#run}. */
class CliIT {
    @TempDir
    static Path tmp;

    static Path db;

    /** What a command printed and returned. */
    record Run(int status, String out, String err) {}

    static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @BeforeAll
    static void ingest() throws Exception {
        db = tmp.resolve("db");
        Run r = run(
                "ingest",
                "--db",
                db.toString(),
                "--threads",
                "2",
                TestKit.examples(tmp.resolve("examples")).toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("4 stored"), r.out());
    }

    @Test
    void usageErrorsExitWith2() {
        Run unknown = run("ingest", "--no-such-option", "x");
        assertEquals(2, unknown.status(), unknown.err());
        Run date = run("ingest", "--db", tmp.resolve("other").toString(), "--published", "21/02/2025", "x");
        assertEquals(2, date.status());
        assertTrue(date.err().contains("--published"), date.err());
        assertEquals(2, run("ingest", "--max-file-size", "lots", "x").status());
        assertEquals(2, run("ingest").status());
        assertEquals(
                2,
                run("query", "--db", db.toString(), "--format", "xml", "--query", "ASK {}")
                        .status());
        assertEquals(
                2,
                run("query", "--db", db.toString(), "--query", "SELECT WHERE {").status());
        assertEquals(2, run("serve", "--db", db.toString(), "--allow-update").status());
        assertEquals(2, run("no-such-command").status());
    }

    @Test
    void failedInputExitsWith1() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("partly-bad"));
        Files.writeString(in.resolve("good.txt"), TestKit.example("trade-summit.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Run r = run("ingest", "--db", db.toString(), "--threads", "1", in.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("empty.txt"), r.out());
        assertEquals(
                1,
                run("ingest", "--db", db.toString(), tmp.resolve("missing").toString())
                        .status());
    }

    @Test
    void okExitsWith0() {
        assertEquals(0, run("--help").status());
        assertEquals(0, run("ingest", "--help").status());
        assertEquals(
                0,
                run("query", "--db", db.toString(), "--query", "ASK { ?s ?p ?o }")
                        .status());
    }

    static final String Q =
            "PREFIX nk: <https://newskg.org/ontology#> SELECT ?name WHERE { ?p a nk:Person ; nk:name ?name "
                    + "FILTER(?name = \"Clara Weissmann\") }";

    @Test
    void queryFormats() {
        Run csv = run("query", "--db", db.toString(), "--format", "csv", "--query", Q);
        assertEquals(0, csv.status(), csv.err());
        assertEquals("name\r\nClara Weissmann\r\n", csv.out());
        Run tsv = run("query", "--db", db.toString(), "--format", "tsv", "--query", Q);
        assertTrue(tsv.out().startsWith("?name\n\"Clara Weissmann\""), tsv.out());
        Run json = run("query", "--db", db.toString(), "--format", "json", "--query", Q);
        assertTrue(
                json.out().contains("\"vars\"") && json.out().contains("\"value\" : \"Clara Weissmann\"")
                        || json.out().contains("\"value\": \"Clara Weissmann\""),
                json.out());
        Run table = run("query", "--db", db.toString(), "--query", Q);
        assertTrue(table.out().contains("| \"Clara Weissmann\" |"), table.out());
        Run file = run("query", "--db", db.toString(), "--format", "csv", "queries/persons.rq");
        assertTrue(file.out().startsWith("person,name,wikidata"), file.out());
        assertFalse(file.err().contains("Exception"), file.err());
    }

    /** Issue 19: query and serve on a folder that is not a store created an empty store in it and answered 0 rows. */
    @Test
    void readOnlyCommandsNeedAnExistingStore() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("my-articles"));
        Files.writeString(articles.resolve("a.txt"), "Headline\n\nText.\n");
        Run query = run("query", "--db", articles.toString(), "--query", "ASK {}");
        assertEquals(1, query.status(), query.out() + query.err());
        assertTrue(query.err().contains("no store at " + articles), query.err());
        Run serve = run("serve", "--db", articles.toString(), "--port", "0");
        assertEquals(1, serve.status(), serve.out() + serve.err());
        assertTrue(serve.err().contains("no store at " + articles), serve.err());
        Run export = run("export", "--db", articles.toString(), "--format", "graphml");
        assertEquals(1, export.status(), export.out() + export.err());
        assertTrue(export.err().contains("no store at " + articles), export.err());
        try (var files = Files.list(articles)) {
            assertEquals(1, files.count(), "no store files written into the article folder");
        }
        Path file = articles.resolve("a.txt");
        Run ingest = run("ingest", "--db", file.toString(), articles.toString());
        assertEquals(1, ingest.status(), ingest.out() + ingest.err());
        assertTrue(ingest.err().contains("--db " + file + " is a file, not a store folder"), ingest.err());
    }
}

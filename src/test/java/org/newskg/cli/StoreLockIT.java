package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.TestKit;
import org.newskg.store.Store;

/** A second process on a store held by `serve` gets a clear message, not a stack trace. */
class StoreLockIT {

    @Test
    void ingestWhileServingIsRefusedClearly(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Store.open(db).close();
        Process serve = new ProcessBuilder(TestKit.childMain("serve", "--db", db.toString(), "--port", "0"))
                .redirectErrorStream(true)
                .start();
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = r.readLine()) != null && !line.contains("SPARQL endpoint")) {
                seen.append(line).append('\n');
            }
            if (line == null) {
                throw new AssertionError("serve did not start (exit " + serve.waitFor() + "):\n" + seen);
            }
            CliIT.Run ingest = CliIT.run(
                    "ingest",
                    "--db",
                    db.toString(),
                    TestKit.examples(tmp.resolve("in")).toString());
            assertEquals(1, ingest.status(), ingest.out() + ingest.err());
            assertTrue(ingest.err().contains("in use by process " + serve.pid()), ingest.err());
            assertTrue(ingest.err().contains("--remote"), ingest.err());
            assertFalse(ingest.err().contains("\tat "), ingest.err());
            CliIT.Run query = CliIT.run("query", "--db", db.toString(), "--query", "ASK {}");
            assertEquals(1, query.status());
            assertTrue(query.err().contains("in use"), query.err());
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
    }
}

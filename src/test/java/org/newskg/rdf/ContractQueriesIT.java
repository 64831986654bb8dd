package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.TestKit;
import org.newskg.serve.Server;
import org.newskg.store.Store;

/** What the contract queries list on a real store built from an invented article. */
class ContractQueriesIT {
    @TempDir
    static Path tmp;

    static Store store;
    static Server server;
    static String sparql;

    @BeforeAll
    static void ingest() throws Exception {
        Path article = tmp.resolve("in/fish.txt");
        Files.createDirectories(article.getParent());
        // invented: a country named only by its demonym, and one post worded three ways
        Files.writeString(article, """
                Chile and Peru agree on fishing quotas

                Chilean Foreign Minister Ana Souza met her French counterpart in Lima on Tuesday.
                Chile's Foreign Minister Ana Souza said the quotas would hold. The foreign minister added that
                talks would go on. Souza, Chile's foreign minister, said Peru had been fair.
                German Chancellor Olaf Scholz sent a message. Germany's Chancellor Olaf Scholz said the deal was good.
                """);
        store = Store.open(tmp.resolve("db"));
        IngestSummary summary = TestKit.ingest(store, article);
        assertEquals(1, summary.stored(), summary.toString());
        server = Server.builder(store.dataset()).port(0).start();
        sparql = "http://127.0.0.1:" + server.port() + "/newskg/sparql";
    }

    @AfterAll
    static void close() {
        server.stop();
        store.close();
    }

    private static TestKit.Results query(String file) throws Exception {
        return TestKit.select(sparql, Files.readString(TestKit.QUERIES.resolve(file)));
    }

    @Test
    void locationsAreThePlacesTheArticleNamesNotTheCountriesOfItsDemonyms() throws Exception {
        List<String> names = query("locations.rq").column("name");
        assertTrue(names.contains("Lima") && names.stream().anyMatch(n -> n.contains("Chile")), names.toString());
        assertFalse(names.contains("France"), names.toString());
    }

    @Test
    void rolesGiveOneRowPerPostWithEveryWording() throws Exception {
        TestKit.Results roles = query("roles.rq");
        List<String> souza = roles.rows().stream()
                .filter(r -> r.get("name").equals("Ana Souza"))
                .map(r -> r.get("role"))
                .distinct()
                .toList();
        assertEquals(1, souza.size(), roles.rows().toString());
        String wordings = roles.rows().stream()
                .filter(r -> r.get("name").equals("Ana Souza"))
                .findFirst()
                .orElseThrow()
                .get("wordings");
        assertTrue(wordings.contains("|"), wordings);
    }

    @Test
    void aPostWordedWithAPossessiveIsTheLinkedPostOfTheSameHead() throws Exception {
        List<String> posts = query("roles.rq").rows().stream()
                .filter(r -> r.get("name").equals("Olaf Scholz"))
                .map(r -> r.get("role"))
                .distinct()
                .toList();
        assertEquals(1, posts.size(), posts.toString());
    }
}

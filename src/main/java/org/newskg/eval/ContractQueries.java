package org.newskg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.newskg.store.Store;

/**
 * The five contract queries (persons, locations, roles, statements, meetings), read from a folder or
 * from the class path ({@code /queries/NAME.rq}), run against the local store (one read transaction
 * over the union default graph) or a SPARQL endpoint.
 */
public final class ContractQueries {

    /** What running the queries gave: rows by query name, and the queries that failed. */
    public record Results(Map<String, Rows> rows, List<String> problems) {}

    private final Map<String, String> texts;

    private ContractQueries(Map<String, String> texts) {
        this.texts = texts;
    }

    /** The queries shipped in the jar. */
    public static ContractQueries bundled() {
        Map<String, String> t = new LinkedHashMap<>();
        for (String a : Report.AREAS) {
            try (InputStream in = ContractQueries.class.getResourceAsStream("/queries/" + a + ".rq")) {
                if (in == null) {
                    throw new IllegalStateException("/queries/" + a + ".rq is missing from the class path");
                }
                t.put(a, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read /queries/" + a + ".rq: " + e.getMessage(), e);
            }
        }
        return new ContractQueries(t);
    }

    /** The queries of a folder ({@code persons.rq} ... {@code meetings.rq}); a missing file is a problem later. */
    public static ContractQueries from(Path dir) throws IOException {
        Map<String, String> t = new LinkedHashMap<>();
        for (String a : Report.AREAS) {
            Path f = dir.resolve(a + ".rq");
            if (Files.isReadable(f)) {
                t.put(a, Files.readString(f));
            }
        }
        return new ContractQueries(t);
    }

    /** Runs the queries against a local store. */
    public Results run(Store store) {
        return Txn.calculateRead(
                store.dataset(),
                () -> runAll(
                        q -> QueryExecution.dataset(store.dataset()).query(q).build()));
    }

    /** Runs the queries against a SPARQL endpoint (HTTP POST). */
    public Results run(String endpoint) {
        return runAll(q -> QueryExecutionHTTP.service(endpoint)
                .query(q)
                .sendMode(org.apache.jena.sparql.exec.http.QuerySendMode.asPostForm)
                .build());
    }

    private Results runAll(Function<Query, QueryExecution> exec) {
        Map<String, Rows> rows = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String a : Report.AREAS) {
            String text = texts.get(a);
            if (text == null) {
                problems.add("missing query " + a + ".rq");
                rows.put(a, new Rows(List.of()));
                continue;
            }
            try (QueryExecution qe = exec.apply(QueryFactory.create(text))) {
                rows.put(a, new Rows(collect(qe.execSelect())));
            } catch (RuntimeException e) {
                problems.add(a + ".rq failed: " + e.getMessage());
                rows.put(a, new Rows(List.of()));
            }
        }
        return new Results(rows, problems);
    }

    /** Runs one SELECT against a local store (union default graph); rows as {@link Rows} holds them. */
    static List<Map<String, String>> select(Store store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query(QueryFactory.create(query))
                    .build()) {
                return collect(qe.execSelect());
            }
        });
    }

    /** Runs one SELECT against a SPARQL endpoint (HTTP POST). */
    static List<Map<String, String>> select(String endpoint, String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint)
                .query(QueryFactory.create(query))
                .sendMode(org.apache.jena.sparql.exec.http.QuerySendMode.asPostForm)
                .build()) {
            return collect(qe.execSelect());
        }
    }

    private static List<Map<String, String>> collect(ResultSet rs) {
        List<Map<String, String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new HashMap<>();
            for (Iterator<String> it = s.varNames(); it.hasNext(); ) {
                String v = it.next();
                RDFNode n = s.get(v);
                if (n != null) {
                    row.put(v, value(n));
                }
            }
            out.add(row);
        }
        return out;
    }

    /** The value as SPARQL JSON results give it: a literal's lexical form, an IRI, a blank node label. */
    static String value(RDFNode n) {
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        if (n.isURIResource()) {
            return n.asResource().getURI();
        }
        return n.asResource().getId().getLabelString();
    }
}

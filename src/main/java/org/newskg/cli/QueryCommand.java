package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.newskg.config.NewskgConfig;
import org.newskg.serve.ServicePolicy;
import org.newskg.serve.regex.RegexGuard;
import org.newskg.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query against the store, offline.")
final class QueryCommand implements Callable<Integer> {

    static final class Source {
        @Parameters(arity = "1", paramLabel = "FILE.rq", description = "file holding the query")
        Path file;

        @Option(names = "--query", paramLabel = "TEXT", description = "the query text")
        String text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(
            names = "--db",
            defaultValue = NewskgConfig.DEFAULT_STORE,
            description = "store folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(
            names = "--format",
            defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(
            names = "--allow-service",
            paramLabel = "URL",
            description = "let SERVICE clauses call this SPARQL endpoint (repeatable; exact URL, e.g. "
                    + "https://query.wikidata.org/sparql); without it federated queries are refused")
    java.util.List<String> allowService = new java.util.ArrayList<>();

    @Option(
            names = "--timeout",
            defaultValue = "0",
            paramLabel = "SECONDS",
            description = "query timeout in seconds, 0 for none (default: ${DEFAULT-VALUE})")
    int timeout;

    @Override
    public Integer call() throws IOException {
        if (!java.util.Set.of("table", "csv", "tsv", "json").contains(format)) {
            System.err.println("newskg query: --format must be table, csv, tsv or json, not '" + format + "'");
            return 2;
        }
        String text = source.text;
        if (text == null) {
            if (!Files.isReadable(source.file)) {
                System.err.println("newskg query: cannot read " + source.file);
                return 2;
            }
            text = Files.readString(source.file);
        }
        ServicePolicy services;
        try {
            services = ServicePolicy.allowing(allowService);
        } catch (IllegalArgumentException e) {
            System.err.println("newskg query: " + e.getMessage());
            return 2;
        }
        if (timeout < 0) {
            System.err.println("newskg query: --timeout must be >= 0");
            return 2;
        }
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            System.err.println("newskg query: " + (source.file != null ? source.file + ": " : "") + e.getMessage());
            return 2;
        }
        try (Store store = Store.openExisting(db)) {
            // the same rules as the server: SERVICE only to named endpoints, regexes with a budget
            services.install(store.dataset().getContext(), timeout * 1000L);
            RegexGuard.install(store.dataset().getContext());
            Txn.executeRead(store.dataset(), () -> {
                var builder = QueryExecution.dataset(store.dataset()).query(q);
                if (timeout > 0) {
                    builder.timeout(timeout, java.util.concurrent.TimeUnit.SECONDS);
                }
                try (QueryExecution qe = builder.build()) {
                    if (q.isSelectType()) {
                        ResultSet rs = qe.execSelect();
                        switch (format) {
                            case "csv" -> ResultSetFormatter.outputAsCSV(System.out, rs);
                            case "tsv" -> ResultSetFormatter.outputAsTSV(System.out, rs);
                            case "json" -> ResultSetFormatter.outputAsJSON(System.out, rs);
                            default -> ResultSetFormatter.out(System.out, rs, q);
                        }
                    } else if (q.isAskType()) {
                        System.out.println(qe.execAsk());
                    } else if (q.isConstructType()) {
                        RDFDataMgr.write(System.out, qe.execConstruct(), Lang.TURTLE);
                    } else if (q.isDescribeType()) {
                        RDFDataMgr.write(System.out, qe.execDescribe(), Lang.TURTLE);
                    }
                }
            });
            return 0;
        } catch (Store.StoreException e) {
            System.err.println("newskg query: " + e.getMessage());
            return 1;
        } catch (org.apache.jena.query.QueryCancelledException e) {
            System.err.println("newskg query: cancelled at the timeout (" + timeout + " s)");
            return 1;
        } catch (org.apache.jena.query.QueryException e) {
            System.err.println("newskg query: " + e.getMessage());
            return 1;
        }
    }
}

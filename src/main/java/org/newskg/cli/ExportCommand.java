package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryParseException;
import org.newskg.config.NewskgConfig;
import org.newskg.export.Exporter;
import org.newskg.export.PropertyGraph;
import org.newskg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Writes the graph (or a neighbourhood, or a CONSTRUCT result) for Gephi, Cytoscape, yEd or "
                + "Graphviz, or as RDF: graphml, gexf, cytoscape, dot, jsonld, turtle, nquads.")
final class ExportCommand implements Callable<Integer> {

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "graphml, gexf, cytoscape, dot, jsonld, turtle or nquads")
    String format;

    @Option(
            names = "--db",
            defaultValue = NewskgConfig.DEFAULT_STORE,
            description = "store folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "output file (default: standard output)")
    Path output;

    @Option(
            names = "--focus",
            paramLabel = "NAME_OR_IRI",
            description = "only the neighbourhood of the nodes with this IRI, name or part of a name")
    String focus;

    @Option(
            names = "--depth",
            defaultValue = "1",
            description = "neighbourhood radius in edges, with --focus (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(
            names = "--construct",
            paramLabel = "FILE.rq",
            description = "export the result of this SPARQL CONSTRUCT query")
    Path construct;

    @Override
    public Integer call() throws IOException {
        Exporter exporter;
        try {
            exporter = new Exporter(format);
            if (focus != null) {
                exporter.focus(focus, depth);
            }
            if (construct != null) {
                if (!Files.isReadable(construct)) {
                    System.err.println("newskg export: cannot read " + construct);
                    return 2;
                }
                exporter.construct(Files.readString(construct));
            }
        } catch (QueryParseException e) {
            System.err.println("newskg export: " + construct + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("newskg export: " + e.getMessage());
            return 2;
        }
        try (Store store = Store.openExisting(db)) {
            PropertyGraph written;
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out);
                written = exporter.export(store.dataset(), out);
                out.flush();
            } else {
                if (output.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(output.toAbsolutePath().getParent());
                }
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                    written = exporter.export(store.dataset(), out);
                }
                System.err.println("newskg export: wrote " + output
                        + (written == null
                                ? ""
                                : " (" + written.nodes().size() + " nodes, "
                                        + written.edges().size() + " edges)"));
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("newskg export: " + e.getMessage());
            return 1;
        } catch (Store.StoreException e) {
            System.err.println("newskg export: " + e.getMessage());
            return 1;
        }
    }
}

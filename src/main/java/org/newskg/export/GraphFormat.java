package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The property-graph export formats. */
public enum GraphFormat {
    GRAPHML("graphml"),
    GEXF("gexf"),
    CYTOSCAPE("cyjs"),
    DOT("dot");

    private final String extension;

    GraphFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Writes {@code graph} to {@code out} (UTF-8); does not close {@code out}. */
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        switch (this) {
            case GRAPHML -> GraphMLWriter.write(graph, out);
            case GEXF -> GexfWriter.write(graph, out);
            case CYTOSCAPE -> CytoscapeWriter.write(graph, out);
            case DOT -> DotWriter.write(graph, out);
        }
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;

/**
 * GraphML (yEd, Gephi, Cytoscape desktop, NetworkX, JGraphT): node keys {@code label}, {@code type}
 * and the {@link Attribute#NODE} attributes (counts as {@code int}); edge keys {@code label} (the
 * relation) and {@code relation}.
 */
final class GraphMLWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMLWriter() {}

    static void write(PropertyGraph g, OutputStream out) throws IOException {
        try {
            Xml x = new Xml(out);
            x.start("graphml");
            x.raw().writeDefaultNamespace(NS);
            x.raw().writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            x.raw()
                    .writeAttribute(
                            "http://www.w3.org/2001/XMLSchema-instance",
                            "schemaLocation",
                            NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key(x, "label", "node", "string");
            key(x, "type", "node", "string");
            key(x, "start", "node", "string");
            for (Attribute a : Attribute.NODE) {
                key(x, a.name(), "node", a.count() ? "int" : "string");
            }
            // edge keys get their own ids: GraphML key ids are global
            x.empty("key")
                    .attr("id", "e_label")
                    .attr("for", "edge")
                    .attr("attr.name", "label")
                    .attr("attr.type", "string");
            x.empty("key")
                    .attr("id", "e_relation")
                    .attr("for", "edge")
                    .attr("attr.name", "relation")
                    .attr("attr.type", "string");
            x.start("graph").attr("id", "newskg").attr("edgedefault", "directed");
            for (PropertyGraph.Node n : g.nodes()) {
                x.start("node").attr("id", n.id());
                x.start("data").attr("key", "label").text(n.label()).end();
                x.start("data").attr("key", "type").text(n.type()).end();
                if (n.start() != null) {
                    x.start("data").attr("key", "start").text(n.start()).end();
                }
                for (Attribute a : Attribute.NODE) {
                    Object v = n.attrs().get(a.name());
                    if (v != null) {
                        x.start("data").attr("key", a.name()).text(v.toString()).end();
                    }
                }
                x.end();
            }
            for (PropertyGraph.Edge e : g.edges()) {
                x.start("edge").attr("id", e.id()).attr("source", e.source()).attr("target", e.target());
                x.start("data").attr("key", "e_label").text(e.relation()).end();
                x.start("data").attr("key", "e_relation").text(e.relation()).end();
                x.end();
            }
            x.end().end();
            x.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(Xml x, String name, String domain, String type) throws XMLStreamException {
        x.empty("key")
                .attr("id", name)
                .attr("for", domain)
                .attr("attr.name", name)
                .attr("attr.type", type);
    }
}

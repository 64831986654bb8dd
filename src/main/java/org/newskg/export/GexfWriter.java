package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * GEXF 1.3 (Gephi). The graph is dynamic ({@code timeformat="date"}): meetings, statements and
 * articles carry their day as {@code start}, so Gephi's timeline shows the graph growing; the other
 * nodes are timeless. Node types are coloured with {@code viz:color}.
 */
final class GexfWriter {
    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";

    /** Colours per node type, shared with the graph page's style. */
    static final Map<String, int[]> COLOURS = Map.of(
            "person",
            new int[] {31, 119, 180},
            "organisation",
            new int[] {255, 127, 14},
            "location",
            new int[] {44, 160, 44},
            "role",
            new int[] {148, 103, 189},
            "meeting",
            new int[] {214, 39, 40},
            "statement",
            new int[] {140, 86, 75},
            "article",
            new int[] {127, 127, 127});

    private GexfWriter() {}

    static void write(PropertyGraph g, OutputStream out) throws IOException {
        try {
            Xml x = new Xml(out);
            x.start("gexf");
            x.raw().writeDefaultNamespace(NS);
            x.raw().writeNamespace("viz", VIZ);
            x.raw().writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            x.raw()
                    .writeAttribute(
                            "http://www.w3.org/2001/XMLSchema-instance",
                            "schemaLocation",
                            NS + " http://gexf.net/1.3/gexf.xsd");
            x.attr("version", "1.3");
            x.start("meta").attr("lastmodifieddate", LocalDate.now().toString());
            x.element("creator", "newskg");
            x.element(
                    "description",
                    "persons, organisations, places, roles, meetings, statements and articles "
                            + "of a newskg knowledge graph");
            x.end();
            x.start("graph")
                    .attr("defaultedgetype", "directed")
                    .attr("mode", "dynamic")
                    .attr("timeformat", "date");
            x.start("attributes").attr("class", "node").attr("mode", "static");
            x.empty("attribute").attr("id", "type").attr("title", "type").attr("type", "string");
            for (Attribute a : Attribute.NODE) {
                x.empty("attribute")
                        .attr("id", a.name())
                        .attr("title", a.title())
                        .attr("type", a.count() ? "long" : "string");
            }
            x.end();
            x.start("attributes").attr("class", "edge").attr("mode", "static");
            x.empty("attribute")
                    .attr("id", "relation")
                    .attr("title", "relation")
                    .attr("type", "string");
            x.end();
            x.start("nodes");
            for (PropertyGraph.Node n : g.nodes()) {
                x.start("node").attr("id", n.id()).attr("label", n.label()).attr("start", n.start());
                x.start("attvalues");
                x.empty("attvalue").attr("for", "type").attr("value", n.type());
                for (Attribute a : Attribute.NODE) {
                    Object v = n.attrs().get(a.name());
                    if (v != null) {
                        x.empty("attvalue").attr("for", a.name()).attr("value", v);
                    }
                }
                x.end();
                int[] c = COLOURS.get(n.type());
                x.empty("viz", "color", VIZ).attr("r", c[0]).attr("g", c[1]).attr("b", c[2]);
                x.end();
            }
            x.end();
            x.start("edges");
            for (PropertyGraph.Edge e : g.edges()) {
                x.start("edge")
                        .attr("id", e.id())
                        .attr("source", e.source())
                        .attr("target", e.target())
                        .attr("label", e.relation());
                x.start("attvalues");
                x.empty("attvalue").attr("for", "relation").attr("value", e.relation());
                x.end();
                x.end();
            }
            x.end().end().end();
            x.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }
}

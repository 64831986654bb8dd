package org.newskg.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Cytoscape.js JSON ({@code {"elements": {"nodes": [{"data": ...}], "edges": [...]}}}), which
 * {@code cy.json()} and Cytoscape desktop ("Import Network from File", .cyjs) both read.
 */
final class CytoscapeWriter {
    private CytoscapeWriter() {}

    static void write(PropertyGraph g, OutputStream out) throws IOException {
        try (JsonGenerator j = new JsonFactory()
                .createGenerator(out, JsonEncoding.UTF8)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)) {
            j.useDefaultPrettyPrinter();
            j.writeStartObject();
            j.writeObjectFieldStart("data");
            j.writeStringField("name", "newskg");
            j.writeEndObject();
            j.writeObjectFieldStart("elements");
            j.writeArrayFieldStart("nodes");
            for (PropertyGraph.Node n : g.nodes()) {
                j.writeStartObject();
                j.writeObjectFieldStart("data");
                j.writeStringField("id", n.id());
                j.writeStringField("label", n.label());
                j.writeStringField("type", n.type());
                if (n.start() != null) {
                    j.writeStringField("start", n.start());
                }
                for (Attribute a : Attribute.NODE) {
                    Object v = n.attrs().get(a.name());
                    if (v instanceof Long l) {
                        j.writeNumberField(a.name(), l);
                    } else if (v != null) {
                        j.writeStringField(a.name(), v.toString());
                    }
                }
                j.writeEndObject();
                j.writeArrayFieldStart("classes");
                j.writeString(n.type());
                j.writeEndArray();
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeArrayFieldStart("edges");
            for (PropertyGraph.Edge e : g.edges()) {
                j.writeStartObject();
                j.writeObjectFieldStart("data");
                j.writeStringField("id", e.id());
                j.writeStringField("source", e.source());
                j.writeStringField("target", e.target());
                j.writeStringField("label", e.relation());
                j.writeStringField("relation", e.relation());
                j.writeEndObject();
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeEndObject();
            j.writeEndObject();
        }
        out.flush();
    }
}

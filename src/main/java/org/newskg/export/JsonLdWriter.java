package org.newskg.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/**
 * JSON-LD 1.1 in compacted form under the ontology's context ({@code ontology/newskg-context.jsonld},
 * embedded in each file so it reads offline): one object per subject, properties by their context
 * terms, one {@code @graph} per named graph. Values are written so they expand to exactly the
 * stored terms whatever the context coerces: IRIs as strings only under {@code "@type": "@id"} terms,
 * literals as value objects unless the term's coercion already gives their datatype.
 */
final class JsonLdWriter {
    private final JsonNode context;
    /** full property IRI -> term */
    private final Map<String, String> terms = new HashMap<>();
    /** term -> its "@type" coercion ("@id", an expanded datatype IRI) or absent */
    private final Map<String, String> coercion = new HashMap<>();
    /** prefix -> namespace, for compacting class IRIs without a term */
    private final Map<String, String> prefixes = new LinkedHashMap<>();

    private final Map<Node, String> blanks = new HashMap<>();

    JsonLdWriter() {
        try (InputStream in = JsonLdWriter.class.getResourceAsStream("/ontology/newskg-context.jsonld")) {
            if (in == null) {
                throw new IllegalStateException("ontology/newskg-context.jsonld missing from the class path");
            }
            context = new ObjectMapper().readTree(in).get("@context");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = context.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().startsWith("@")) {
                continue;
            }
            JsonNode v = e.getValue();
            if (v.isTextual() && v.asText().endsWith("/")
                    || v.isTextual() && v.asText().endsWith("#")) {
                prefixes.put(e.getKey(), v.asText());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = context.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode v = e.getValue();
            if (e.getKey().startsWith("@") || prefixes.containsKey(e.getKey())) {
                continue;
            }
            String id = expand(v.isTextual() ? v.asText() : v.get("@id").asText());
            terms.put(id, e.getKey());
            if (v.isObject() && v.has("@type")) {
                String t = v.get("@type").asText();
                coercion.put(e.getKey(), t.equals("@id") ? t : expand(t));
            }
        }
    }

    private String expand(String curie) {
        int i = curie.indexOf(':');
        if (i > 0 && prefixes.containsKey(curie.substring(0, i))) {
            return prefixes.get(curie.substring(0, i)) + curie.substring(i + 1);
        }
        return curie;
    }

    /** Writes the default graph (if not empty) and every named graph. */
    void write(DatasetGraph dsg, OutputStream out) throws IOException {
        try (JsonGenerator j = start(out)) {
            writeSubjects(j, dsg.getDefaultGraph());
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort(java.util.Comparator.comparing(Node::toString));
            for (Node g : names) {
                j.writeStartObject();
                j.writeStringField("@id", id(g));
                j.writeArrayFieldStart("@graph");
                writeSubjects(j, dsg.getGraph(g));
                j.writeEndArray();
                j.writeEndObject();
            }
            end(j);
        }
        out.flush();
    }

    /** Writes one graph. */
    void write(Graph graph, OutputStream out) throws IOException {
        try (JsonGenerator j = start(out)) {
            writeSubjects(j, graph);
            end(j);
        }
        out.flush();
    }

    private JsonGenerator start(OutputStream out) throws IOException {
        JsonGenerator j = new ObjectMapper()
                .getFactory()
                .createGenerator(out, JsonEncoding.UTF8)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        j.useDefaultPrettyPrinter();
        j.writeStartObject();
        j.writeFieldName("@context");
        new ObjectMapper().writeTree(j, context);
        j.writeArrayFieldStart("@graph");
        return j;
    }

    private void end(JsonGenerator j) throws IOException {
        j.writeEndArray();
        j.writeEndObject();
    }

    private void writeSubjects(JsonGenerator j, Graph g) throws IOException {
        // subject -> predicate -> objects, sorted for stable output
        Map<String, Map<String, List<Node>>> bySubject = new TreeMap<>();
        Map<String, Node> subjects = new HashMap<>();
        for (Iterator<Triple> it = g.find(); it.hasNext(); ) {
            Triple t = it.next();
            String s = id(t.getSubject());
            subjects.put(s, t.getSubject());
            bySubject
                    .computeIfAbsent(s, k -> new TreeMap<>())
                    .computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>())
                    .add(t.getObject());
        }
        for (var se : bySubject.entrySet()) {
            j.writeStartObject();
            j.writeStringField("@id", se.getKey());
            List<Node> types = se.getValue().remove(RDF.type.getURI());
            if (types != null) {
                List<String> ts = new ArrayList<>();
                for (Node t : types) {
                    if (t.isURI()) {
                        ts.add(typeName(t.getURI()));
                    } else {
                        // a blank or literal rdf:type object cannot go in "@type"
                        se.getValue()
                                .computeIfAbsent(RDF.type.getURI(), k -> new ArrayList<>())
                                .add(t);
                    }
                }
                if (!ts.isEmpty()) {
                    j.writeArrayFieldStart("@type");
                    for (String t : ts) {
                        j.writeString(t);
                    }
                    j.writeEndArray();
                }
            }
            for (var pe : se.getValue().entrySet()) {
                String term = terms.get(pe.getKey());
                j.writeArrayFieldStart(term != null ? term : pe.getKey());
                String co = term == null ? null : coercion.get(term);
                for (Node o : pe.getValue()) {
                    value(j, o, co);
                }
                j.writeEndArray();
            }
            j.writeEndObject();
        }
    }

    private void value(JsonGenerator j, Node o, String co) throws IOException {
        if (o.isURI() || o.isBlank()) {
            if ("@id".equals(co)) {
                j.writeString(id(o));
            } else {
                j.writeStartObject();
                j.writeStringField("@id", id(o));
                j.writeEndObject();
            }
            return;
        }
        String dt = o.getLiteralDatatypeURI();
        String lang = o.getLiteralLanguage();
        if (co != null && !co.equals("@id") && co.equals(dt)) {
            j.writeString(o.getLiteralLexicalForm());
            return;
        }
        j.writeStartObject();
        j.writeStringField("@value", o.getLiteralLexicalForm());
        if (lang != null && !lang.isEmpty()) {
            j.writeStringField("@language", lang);
        } else if (dt != null && !dt.equals(XSDDatatype.XSDstring.getURI())) {
            j.writeStringField("@type", dt);
        }
        j.writeEndObject();
    }

    private String typeName(String iri) {
        String t = terms.get(iri);
        return t != null ? t : iri;
    }

    private String id(Node n) {
        if (n.isBlank()) {
            return blanks.computeIfAbsent(n, k -> "_:b" + blanks.size());
        }
        return n.getURI();
    }
}

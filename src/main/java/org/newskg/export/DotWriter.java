package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DOT for Graphviz: a digraph whose node ids are the IRIs (quoted), with {@code label},
 * {@code type} and the attributes as node attributes, shapes and colours by type, and edges
 * labelled by relation. Every id and value is written as a quoted string through {@link #quote}.
 */
final class DotWriter {
    private static final Map<String, String> SHAPES = Map.of(
            "person",
            "ellipse",
            "organisation",
            "box",
            "location",
            "house",
            "role",
            "diamond",
            "meeting",
            "octagon",
            "statement",
            "note",
            "article",
            "tab");

    private DotWriter() {}

    static void write(PropertyGraph g, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("digraph newskg {\n");
        w.write("  graph [rankdir=LR, overlap=false, fontname=\"Helvetica\"];\n");
        w.write("  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n");
        w.write("  edge [fontname=\"Helvetica\", fontsize=8];\n");
        for (PropertyGraph.Node n : g.nodes()) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("label", n.label());
            a.put("type", n.type());
            a.put("shape", SHAPES.get(n.type()));
            int[] c = GexfWriter.COLOURS.get(n.type());
            a.put("fillcolor", String.format("#%02x%02x%02x40", c[0], c[1], c[2]));
            if (n.start() != null) {
                a.put("start", n.start());
            }
            for (Attribute at : Attribute.NODE) {
                Object v = n.attrs().get(at.name());
                if (v != null) {
                    a.put(at.name(), v.toString());
                }
            }
            w.write("  " + quote(n.id()) + " " + attrs(a) + ";\n");
        }
        for (PropertyGraph.Edge e : g.edges()) {
            w.write("  " + quote(e.source()) + " -> " + quote(e.target()) + " " + attrs(Map.of("label", e.relation()))
                    + ";\n");
        }
        w.write("}\n");
        w.flush();
    }

    private static String attrs(Map<String, String> a) {
        StringBuilder b = new StringBuilder("[");
        a.forEach((k, v) -> {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append(k).append('=').append(quote(v));
        });
        return b.append(']').toString();
    }

    /**
     * A DOT double-quoted string: backslash and quote escaped, line breaks as {@code \n} (Graphviz's
     * centred line break), other control characters dropped.
     */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> {}
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

package org.newskg.export;

import java.util.List;

/**
 * The node attributes the exports declare (GraphML keys, GEXF attributes, Cytoscape data fields),
 * besides id, type and label.
 *
 * @param name  attribute name as written
 * @param title the column title in Gephi / Cytoscape
 * @param count true for integer counts, false for strings
 */
public record Attribute(String name, String title, boolean count) {

    public static final List<Attribute> NODE = List.of(
            new Attribute("qid", "Wikidata QID", false),
            new Attribute("iri", "IRI", false),
            new Attribute("date", "date", false),
            new Attribute("statements", "statements", true),
            new Attribute("articles", "articles", true),
            new Attribute("meetings", "meetings", true),
            new Attribute("participants", "participants", true),
            new Attribute("mentions", "mentions", true),
            new Attribute("holders", "holders", true),
            new Attribute("speaker", "speaker", false),
            new Attribute("text", "text", false),
            new Attribute("kind", "kind", false),
            new Attribute("evidence", "evidence", false),
            new Attribute("status", "status", false),
            new Attribute("meetingKind", "meeting kind", false),
            new Attribute("title", "title", false),
            new Attribute("outlet", "outlet", false),
            new Attribute("url", "url", false),
            new Attribute("sourceFile", "source file", false));
}

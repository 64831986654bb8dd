package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.resolve.NameKey;
import org.newskg.util.Sha256;

/**
 * Deterministic IRIs: the same real-world thing gets the same IRI from every article (Wikidata QID
 * when linked, else a spelling-insensitive name key), so cross-article identity is a property of the
 * IRI and needs no global state.
 */
public final class Iris {
    private Iris() {}

    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    public static Node article(String id) {
        return iri("article/" + id);
    }

    public static Node entity(String kind, String qid, String name) {
        return iri(kind + "/" + (qid != null ? qid : slug(name)));
    }

    public static Node hashed(String kind, String key) {
        return iri(kind + "/" + hash(key));
    }

    /** A mention of {@code of} at a span: the IRI names the article, the span and the thing mentioned. */
    public static Node mention(String articleId, Node of, int start, int end) {
        return iri("mention/" + articleId + "-" + start + "-" + end + "-" + hash(of.getURI()));
    }

    public static Node wikidata(String qid) {
        return NodeFactory.createURI(WIKIDATA + qid);
    }

    public static String slug(String name) {
        String k = NameKey.of(name).replace(' ', '-');
        return k.isEmpty() ? hash(name) : k;
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(NK.ID + local);
    }

    static String hash(String s) {
        return Sha256.hex(s, 8);
    }
}

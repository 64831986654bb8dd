package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.util.Sha256;

/**
 * Deterministic IRIs: the same real-world thing gets the same IRI from every article (Wikidata QID
 * when linked, else the key {@code resolve.CrossArticleIdentity} derives), so cross-article identity is
 * a property of the IRI and needs no global state.
 */
public final class Iris {
    private Iris() {}

    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    public static Node article(String id) {
        return iri("article/" + id);
    }

    /**
     * A person, place, organisation or role: its Wikidata QID when linked, else the slug its
     * cross-article identity gives ({@code resolve.CrossArticleIdentity#entity}), else a hash of the
     * name (a name without letters or digits).
     */
    public static Node entity(String kind, String qid, String slug, String name) {
        return iri(kind + "/" + (qid != null ? qid : slug != null && !slug.isEmpty() ? slug : hash(name)));
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

    private static Node iri(String local) {
        return NodeFactory.createURI(NK.ID + local);
    }

    static String hash(String s) {
        return Sha256.hex(s, 8);
    }
}

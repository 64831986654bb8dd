package org.newskg.fetch;

/**
 * What a server said about a response's version, sent back on the next request so an unchanged
 * feed costs a 304 and no body. Either may be null.
 */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}

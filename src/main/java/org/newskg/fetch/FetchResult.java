package org.newskg.fetch;

/** What fetching one URL gave: a body, "not modified", or a failure with its reason. */
public sealed interface FetchResult {

    /** The URL asked for. */
    String url();

    /**
     * A 2xx response read whole.
     *
     * @param finalUrl        where the redirects ended
     * @param contentType     media type without parameters, lower case, or null
     * @param charset         the charset parameter of Content-Type, or null
     * @param contentLanguage the Content-Language header, or null
     */
    record Fetched(
            String url,
            String finalUrl,
            int status,
            byte[] body,
            String contentType,
            String charset,
            String contentLanguage,
            Validators validators)
            implements FetchResult {}

    /** 304: the server says what we have is current. */
    record NotModified(String url) implements FetchResult {}

    /**
     * Not fetched.
     *
     * @param reason    says what went wrong, for the report (the URL is reported beside it)
     * @param retryable whether trying again later may work (5xx, timeouts, network): a permanent
     *                  failure (404, robots.txt, not HTML, too large) is not retried
     */
    record Failed(String url, String reason, boolean retryable) implements FetchResult {}
}

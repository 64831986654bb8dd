package org.newskg.article;

import java.util.regex.Pattern;

/**
 * Which article URLs are kept: absolute http(s) URLs only. The URL becomes a link on the graph
 * page; a {@code javascript:} or {@code data:} URL from an input (a JSON {@code url}, an HTML
 * canonical link or {@code og:url}, a WARC-Target-URI) would run script in the server's origin
 * when clicked, and a relative one points nowhere.
 */
public final class WebUrl {
    private WebUrl() {}

    /** http:// or https://, a host, and no white space or control characters anywhere. */
    private static final Pattern HTTP = Pattern.compile("(?i)https?://[^\\s/?#\\\\]+([/?#][^\\s]*)?");

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");

    /** Whether {@code url} (surrounding white space aside) is an absolute http(s) URL. */
    public static boolean isHttp(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip();
        return HTTP.matcher(u).matches() && !CONTROL.matcher(u).find();
    }

    /** {@code url} stripped when it is an absolute http(s) URL, else null. */
    public static String httpOrNull(String url) {
        return isHttp(url) ? url.strip() : null;
    }

    /** The warning for an input URL that is dropped. */
    static String dropped(String url) {
        String shown = url.length() > 80 ? url.substring(0, 80) + "..." : url;
        return "url '" + shown + "' is not an http(s) URL; the article is stored without it";
    }
}

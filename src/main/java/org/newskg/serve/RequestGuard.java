package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.newskg.serve.auth.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks every request passes before Fuseki or the pages see it, in this order: method (no
 * TRACE), Host header (DNS rebinding), per-client rate, then for the dataset's paths: size of the
 * query or body, whole-store dumps, cross-site writes, credentials for the update paths, and the
 * number of queries running at once. Every answer gets the security headers; pages get a
 * Content-Security-Policy that allows only what they load from this server.
 */
final class RequestGuard implements Filter {
    static final Logger ACCESS = LoggerFactory.getLogger("newskg.access");
    /** What the query page (YASGUI) and the graph page (Cytoscape.js) need: all from this server. */
    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Answers of the SPARQL endpoints are data, never a document to run. */
    static final String DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /**
     * How long a query waits for a slot before 503: long enough to ride out a server thread that has
     * sent its answer but, descheduled on a busy machine, not yet given its slot back.
     */
    private static final long SLOT_WAIT_MILLIS = 5000;

    private final String dataset;
    private final Limits limits;
    private final Users users;
    private final Semaphore queries;
    private final RateLimiter rate;
    private final LoginThrottle logins = new LoginThrottle();

    /** @param users the users for the update paths, or null when updates are off */
    RequestGuard(String dataset, Limits limits, Users users) {
        this.dataset = dataset;
        this.limits = limits;
        this.users = users;
        this.queries = new Semaphore(Math.max(1, limits.maxConcurrent()), true);
        this.rate = limits.perClientRate() > 0 ? new RateLimiter(limits.perClientRate()) : null;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean data = path.equals(dataset) || path.startsWith(dataset + "/");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Content-Security-Policy", data || path.startsWith("/$/") ? DATA_CSP : PAGE_CSP);

        String method = req.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("TRACE") || method.equals("TRACK")) {
            refuse(req, resp, 405, "method " + method + " is not served");
            return;
        }
        if (!hostServed(req.getHeader("Host"))) {
            refuse(
                    req,
                    resp,
                    421,
                    "this server does not answer to the host name '" + req.getHeader("Host")
                            + "' (start it with --public-url to name it)");
            return;
        }
        String client = req.getRemoteAddr();
        if (rate != null && !rate.tryAcquire(client)) {
            resp.setHeader("Retry-After", "1");
            refuse(
                    req,
                    resp,
                    429,
                    "too many requests from " + client + " (at most " + (long) limits.perClientRate()
                            + " a second); try again shortly");
            return;
        }
        if (!cors(req, resp, method)) {
            return;
        }
        if (!data) {
            chain.doFilter(req, resp);
            return;
        }
        boolean write = users != null && isWritePath(path);
        HttpServletRequest checked = sized(req, resp, write ? limits.maxUpdateBytes() : limits.maxQueryBytes());
        if (checked == null) {
            return;
        }
        if (!parametersReadable(checked)) {
            refuse(req, resp, 400, "malformed parameters: the URL or form is not valid percent-encoded UTF-8");
            return;
        }
        if (!limits.allowDump() && isDump(req, method, path)) {
            refuse(
                    req,
                    resp,
                    403,
                    "the whole store is not served in one answer; ask for one graph with ?graph=IRI, "
                            + "use a SPARQL query, or start the server with --allow-dump");
            return;
        }
        if (!safe(method) && !sameOriginOrAllowed(req)) {
            refuse(req, resp, 403, "cross-site request from " + req.getHeader("Origin") + " refused");
            return;
        }
        if (write) {
            String user = authenticate(req, resp, client);
            if (user == null) {
                return;
            }
            if (path.equals(dataset + "/update") && method.equals("POST")) {
                checked = withoutLoad(checked, resp);
                if (checked == null) {
                    return;
                }
            }
            HttpServletRequest as = withUser(checked, user);
            try {
                chain.doFilter(as, resp);
            } finally {
                ACCESS.info("update by {} from {}: {} {} -> {}", user, client, method, describe(req), resp.getStatus());
            }
            return;
        }
        boolean slot;
        try {
            slot = queries.tryAcquire(SLOT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            slot = false;
        }
        if (!slot) {
            resp.setHeader("Retry-After", "1");
            refuse(
                    req,
                    resp,
                    503,
                    "the server is busy (" + limits.maxConcurrent() + " queries running); try again shortly");
            return;
        }
        try {
            chain.doFilter(checked, resp);
        } finally {
            queries.release();
        }
    }

    // --- checks ----------------------------------------------------------------------------------

    boolean hostServed(String hostHeader) {
        if (hostHeader == null || hostHeader.isEmpty()) {
            return true; // HTTP/1.0: no name to rebind
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            return host.indexOf(']') > 0; // an IPv6 literal cannot be rebound
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        // DNS rebinding needs a name the attacker controls; IP literals and localhost are not such names
        return IPV4.matcher(host).matches()
                || host.equals("localhost")
                || limits.hosts().contains(host);
    }

    /**
     * Parses the URL and form parameters now: Jetty reports bad percent-encoding or UTF-8 with an
     * exception that Fuseki would answer with 500, a server error for a client's mistake.
     */
    private static boolean parametersReadable(HttpServletRequest req) {
        try {
            req.getParameterMap();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The update request, or null after refusing one with {@code LOAD}: LOAD makes the server fetch a
     * URL (request forgery) or read a local file ({@code file:///etc/passwd}) into the store, where
     * any query reads it. Data comes in through the Graph Store Protocol instead. An update that does
     * not parse is passed on, for Fuseki's own error.
     */
    private static HttpServletRequest withoutLoad(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        String text;
        HttpServletRequest pass = req;
        if (type.startsWith("application/x-www-form-urlencoded")) {
            text = req.getParameter("update");
        } else {
            byte[] body = req.getInputStream().readAllBytes();
            pass = new Buffered(req, body);
            String enc = req.getCharacterEncoding();
            text = new String(body, enc == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(enc));
        }
        if (text == null) {
            return pass;
        }
        try {
            for (org.apache.jena.update.Update u :
                    org.apache.jena.update.UpdateFactory.create(text).getOperations()) {
                if (u instanceof org.apache.jena.sparql.modify.request.UpdateLoad) {
                    refuse(
                            req,
                            resp,
                            403,
                            "LOAD is not allowed here (it would make the server fetch a URL or read a file); "
                                    + "send the data with the Graph Store Protocol: PUT or POST to the /data endpoint");
                    return null;
                }
            }
        } catch (RuntimeException e) {
            // not a valid update: Fuseki reports the parse error
        }
        return pass;
    }

    private boolean isWritePath(String path) {
        for (String p : new String[] {dataset + "/update", dataset + "/data"}) {
            if (path.equals(p) || path.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }

    /** GET of the dataset as a whole (or its union graph) rather than one graph or a query. */
    private boolean isDump(HttpServletRequest req, String method, String path) {
        if (!(method.equals("GET") || method.equals("HEAD"))) {
            return false;
        }
        if (!(path.equals(dataset)
                || path.equals(dataset + "/")
                || path.equals(dataset + "/get")
                || path.equals(dataset + "/data"))) {
            return false;
        }
        String graph = req.getParameter("graph");
        if (graph != null) {
            return graph.equals("union") || graph.equals("urn:x-arq:UnionGraph");
        }
        return req.getParameter("default") == null && req.getParameter("query") == null;
    }

    private static boolean safe(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    /** No Origin (not a browser, or same-origin GET), our own origin, or one named with --cors. */
    private boolean sameOriginOrAllowed(HttpServletRequest req) {
        String origin = req.getHeader("Origin");
        if (origin == null || limits.corsOrigins().contains(origin)) {
            return true;
        }
        String host = req.getHeader("Host");
        return host != null && origin.equalsIgnoreCase(req.getScheme() + "://" + host);
    }

    /** CORS headers for an allowed origin; answers preflight requests. False when the request is answered. */
    private boolean cors(HttpServletRequest req, HttpServletResponse resp, String method) throws IOException {
        String origin = req.getHeader("Origin");
        if (origin == null || limits.corsOrigins().isEmpty()) {
            return true;
        }
        resp.addHeader("Vary", "Origin");
        if (!limits.corsOrigins().contains(origin)) {
            return true; // no CORS headers: the browser keeps the answer from that page
        }
        resp.setHeader("Access-Control-Allow-Origin", origin);
        if (method.equals("OPTIONS") && req.getHeader("Access-Control-Request-Method") != null) {
            resp.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            resp.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization");
            resp.setHeader("Access-Control-Max-Age", "600");
            resp.setStatus(204);
            return false;
        }
        return true;
    }

    /**
     * The request with its body bounded, or null when it was refused: 414 for a long URL query, 413
     * for a declared or actual body over {@code max}. A body of unknown length is read here (it is
     * at most {@code max}) so that an overflow gets a clean 413 rather than an error halfway through.
     */
    private static HttpServletRequest sized(HttpServletRequest req, HttpServletResponse resp, long max)
            throws IOException {
        String qs = req.getQueryString();
        if (qs != null && qs.length() > max) {
            refuse(req, resp, 414, "query longer than " + max + " bytes");
            return null;
        }
        long declared = req.getContentLengthLong();
        if (declared > max) {
            refuse(req, resp, 413, "request body of " + declared + " bytes is over the limit of " + max + " bytes");
            return null;
        }
        if (declared >= 0 || safe(req.getMethod().toUpperCase(Locale.ROOT))) {
            return req;
        }
        String type = req.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            // Jetty parses forms from the raw stream, which a buffered copy cannot stand in for
            refuse(req, resp, 411, "a form needs a Content-Length");
            return null;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try (InputStream in = req.getInputStream()) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                buf.write(chunk, 0, n);
                if (buf.size() > max) {
                    refuse(req, resp, 413, "request body is over the limit of " + max + " bytes");
                    return null;
                }
            }
        }
        return new Buffered(req, buf.toByteArray());
    }

    /** The Basic-auth user, or null after answering 401 or 429. */
    private String authenticate(HttpServletRequest req, HttpServletResponse resp, String client) throws IOException {
        long wait = logins.waitMillis(client);
        if (wait > 0) {
            resp.setHeader("Retry-After", Long.toString((wait + 999) / 1000));
            refuse(
                    req,
                    resp,
                    429,
                    "too many failed logins from " + client + "; try again in " + ((wait + 999) / 1000) + " s");
            return null;
        }
        String header = req.getHeader("Authorization");
        String user = null;
        char[] password = null;
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String up = new String(
                        Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = up.indexOf(':');
                if (colon > 0) {
                    user = up.substring(0, colon);
                    password = up.substring(colon + 1).toCharArray();
                }
            } catch (IllegalArgumentException e) {
                // not Base64: no credentials
            }
        }
        if (user != null && users.check(user, password)) {
            java.util.Arrays.fill(password, '\0');
            logins.succeeded(client);
            return user;
        }
        if (header != null) {
            logins.failed(client);
            // the name is logged as sent (escaped), the password never
            ACCESS.warn(
                    "failed login for user '{}' from {} on {} {}",
                    printable(user),
                    client,
                    req.getMethod(),
                    describe(req));
        }
        resp.setHeader("WWW-Authenticate", "Basic realm=\"newskg\", charset=\"UTF-8\"");
        refuse(req, resp, 401, "updates need a user name and password");
        return null;
    }

    private static HttpServletRequest withUser(HttpServletRequest req, String user) {
        Principal principal = () -> user;
        return new HttpServletRequestWrapper(req) {
            @Override
            public String getRemoteUser() {
                return user;
            }

            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public String getAuthType() {
                return HttpServletRequest.BASIC_AUTH;
            }
        };
    }

    private static String describe(HttpServletRequest req) {
        String qs = req.getQueryString();
        String s = req.getRequestURI() + (qs == null ? "" : "?" + qs);
        return printable(s.length() > 300 ? s.substring(0, 300) + "..." : s);
    }

    /** Control characters escaped, so a crafted name cannot forge a log line. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    static void refuse(HttpServletRequest req, HttpServletResponse resp, int status, String message)
            throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        // a small unread body is read and dropped, so the connection stays usable for the client's next
        // request (else the server closes it under a client that may already be reusing it)
        long length = req.getContentLengthLong();
        if (length > 0 && length <= 65_536 && status != 413) {
            try {
                req.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException | IllegalStateException e) {
                // already read, or gone: nothing to drain
            }
        }
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        try (PrintWriter w = resp.getWriter()) {
            w.println(message);
        }
    }

    /** A request whose body was read already. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener l) {
                    throw new IllegalStateException("not asynchronous");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            String enc = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(
                    new ByteArrayInputStream(body),
                    enc == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(enc)));
        }
    }
}

package org.newskg.serve;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which endpoints a {@code SERVICE} clause may call. Federated queries make the server send HTTP
 * requests on a client's behalf (server-side request forgery once it listens beyond loopback), so
 * none is allowed unless named: {@code --allow-service URL} admits exactly that endpoint URL.
 *
 * <pre>{@code
 * ServicePolicy.allowing(List.of("https://query.wikidata.org/sparql")).install(dataset.getContext(), 30_000);
 * }</pre>
 *
 * <p>{@link #install} puts into a Jena context a service-executor chain whose first link refuses any
 * endpoint not on the list (a {@link QueryDeniedException}, which the client sees as the query's
 * error) and an HTTP client ({@link ServiceHttpClient}) that follows no redirects, checks every
 * request URL against the list again and bounds each exchange in time and size.
 */
public final class ServicePolicy {
    /** Bound on one SERVICE exchange when queries themselves have no timeout. */
    public static final long DEFAULT_EXCHANGE_MILLIS = 60_000;

    private final Set<String> allowed;

    private ServicePolicy(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** No SERVICE call at all (the default). */
    public static ServicePolicy none() {
        return new ServicePolicy(Set.of());
    }

    /**
     * Exactly these endpoint URLs (http or https, no fragment); a query string is part of the URL.
     *
     * @throws IllegalArgumentException naming the first URL that is not an absolute http(s) URL
     */
    public static ServicePolicy allowing(Collection<String> urls) {
        Set<String> set = new LinkedHashSet<>();
        for (String u : urls) {
            URI uri;
            try {
                uri = new URI(u);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("--allow-service: not a URL: " + u);
            }
            if (uri.getScheme() == null
                    || !(uri.getScheme().equalsIgnoreCase("http")
                            || uri.getScheme().equalsIgnoreCase("https"))
                    || uri.getHost() == null
                    || uri.getFragment() != null
                    || uri.getUserInfo() != null) {
                throw new IllegalArgumentException("--allow-service must be an http(s) endpoint URL without user or "
                        + "#fragment, like https://query.wikidata.org/sparql, not '" + u + "'");
            }
            set.add(u);
        }
        return new ServicePolicy(set);
    }

    public List<String> endpoints() {
        return new ArrayList<>(allowed);
    }

    public boolean isEmpty() {
        return allowed.isEmpty();
    }

    /** Whether a SERVICE clause may call this endpoint URL (exact match). */
    public boolean allows(String endpoint) {
        return allowed.contains(endpoint);
    }

    /**
     * Whether an outgoing request URL belongs to an allowed endpoint: the endpoint itself, or the
     * endpoint with a query string added (how Jena sends a query by GET).
     */
    boolean allowsRequest(URI request) {
        String s = request.toString();
        for (String e : allowed) {
            if (s.equals(e)
                    || (s.startsWith(e)
                            && s.length() > e.length()
                            && s.charAt(e.length()) == (e.indexOf('?') >= 0 ? '&' : '?'))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes queries run with {@code context} (a dataset's, or ARQ's) follow this policy.
     *
     * @param exchangeMillis the longest one SERVICE request may take, answer included; 0 or less for
     *                       {@link #DEFAULT_EXCHANGE_MILLIS}
     */
    public void install(Context context, long exchangeMillis) {
        long bound = exchangeMillis > 0 ? exchangeMillis : DEFAULT_EXCHANGE_MILLIS;
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        // only plain HTTP execution: no other executor a library might have registered globally
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(gate()); // prepended: runs first
        ServiceExecutorRegistry.set(context, registry);
        // Jena's own switch as a second lock: with nothing allowed, its HTTP executor refuses too
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
        context.set(ARQ.httpQueryTimeout, bound);
        context.set(ARQ.httpQueryClient, new ServiceHttpClient(this, bound));
    }

    private ChainingServiceExecutor gate() {
        return (opExecute, opOriginal, binding, execCxt, chain) -> {
            check(opExecute);
            try {
                return chain.createExecution(opExecute, opOriginal, binding, execCxt);
            } catch (QueryExceptionHTTP e) {
                // Fuseki would pass the remote status (a 302, say) on to our client as its own
                throw new QueryExecException(
                        "SERVICE <" + opExecute.getService().getURI() + "> failed: " + reason(e));
            }
        };
    }

    /** What went wrong with a SERVICE call, in words, without exception class names. */
    static String reason(QueryExceptionHTTP e) {
        int status = e.getStatusCode();
        if (status >= 300 && status < 400) {
            return "it answered with a redirect (HTTP " + status + "), which is not followed";
        }
        if (status > 0) {
            return "it answered HTTP " + status;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.http.HttpTimeoutException && t.getMessage() != null) {
                return t.getMessage();
            }
            if (t instanceof java.net.ConnectException) {
                return "cannot connect";
            }
        }
        return "no usable answer";
    }

    private void check(OpService op) {
        Node service = op.getService();
        if (!service.isURI()) {
            throw new QueryDeniedException("SERVICE endpoint is not a URL: " + service);
        }
        String url = service.getURI();
        if (!allows(url)) {
            throw new QueryDeniedException(
                    allowed.isEmpty()
                            ? "SERVICE <" + url + "> refused: federated calls are off " + "(give --allow-service " + url
                                    + " to allow this endpoint)"
                            : "SERVICE <" + url + "> refused: not among the endpoints allowed by --allow-service "
                                    + allowed);
        }
    }
}

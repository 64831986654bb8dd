package org.newskg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * The HTTP client SERVICE calls go through. Jena's own waits for an answer without a bound once the
 * connection is open, so an endpoint that accepts but never answers (or answers a byte a minute)
 * held a server thread for ever. Here every exchange, body included, is read in full before Jena
 * sees it and is cut at a deadline and at {@link #MAX_RESPONSE_BYTES}; redirects are not followed
 * (a 3xx is an error), and a request to a URL outside the {@link ServicePolicy} is refused.
 */
final class ServiceHttpClient extends HttpClient {
    /** Largest SERVICE answer read; a federated part of a query is meant to be small. */
    static final long MAX_RESPONSE_BYTES = 64L << 20;

    private final ServicePolicy policy;
    private final long exchangeMillis;
    private final HttpClient delegate;

    ServiceHttpClient(ServicePolicy policy, long exchangeMillis) {
        this.policy = policy;
        this.exchangeMillis = exchangeMillis;
        this.delegate = HttpClient.newBuilder()
                .followRedirects(Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(Math.min(exchangeMillis, 10_000)))
                .build();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        if (!policy.allowsRequest(request.uri())) {
            throw new IOException("SERVICE request to " + request.uri() + " refused: not an allowed endpoint");
        }
        CompletableFuture<HttpResponse<byte[]>> exchange =
                delegate.sendAsync(request, info -> new Capped(MAX_RESPONSE_BYTES));
        HttpResponse<byte[]> whole;
        try {
            whole = exchange.get(exchangeMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + exchangeMillis + " ms");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof HttpTimeoutException) {
                // the request's own timeout, when Jena set one, ran out first: the same story for the user
                throw new HttpTimeoutException("no complete answer within " + exchangeMillis + " ms");
            }
            throw c instanceof IOException io ? io : new IOException(c.getMessage(), c);
        }
        T body = replay(whole, handler);
        return new Buffered<>(whole, body);
    }

    /** Hands the bytes read to the caller's body handler, as if they had come from the network. */
    private static <T> T replay(HttpResponse<byte[]> whole, HttpResponse.BodyHandler<T> handler) throws IOException {
        HttpResponse.ResponseInfo info = new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return whole.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return whole.headers();
            }

            @Override
            public Version version() {
                return whole.version();
            }
        };
        HttpResponse.BodySubscriber<T> sub = handler.apply(info);
        sub.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
        });
        sub.onNext(List.of(ByteBuffer.wrap(whole.body())));
        sub.onComplete();
        try {
            return sub.getBody().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IOException("SERVICE answer could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request, handler);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted");
            }
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request, HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
        return sendAsync(request, handler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return Optional.empty();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return Redirect.NEVER;
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return Optional.empty();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    /** Collects a body, failing once it passes {@code max} bytes. */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Capped(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException("SERVICE answer larger than " + (max >> 20) + " MB"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }

    /** A response whose body was read already. */
    private record Buffered<T>(HttpResponse<byte[]> raw, T body) implements HttpResponse<T> {
        @Override
        public int statusCode() {
            return raw.statusCode();
        }

        @Override
        public HttpRequest request() {
            return raw.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return raw.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return raw.sslSession();
        }

        @Override
        public URI uri() {
            return raw.uri();
        }

        @Override
        public Version version() {
            return raw.version();
        }
    }
}

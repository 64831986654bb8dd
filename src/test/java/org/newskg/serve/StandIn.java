package org.newskg.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Local listeners on 127.0.0.1 standing in for remote endpoints; each counts what reached it. */
final class StandIn implements AutoCloseable {
    final AtomicInteger requests = new AtomicInteger();
    final List<String> paths = new CopyOnWriteArrayList<>();
    private final HttpServer http;
    private final ServerSocket silent;
    private final List<Socket> held = new ArrayList<>();

    private StandIn(HttpServer http, ServerSocket silent) {
        this.http = http;
        this.silent = silent;
    }

    /** An HTTP server answering every request with {@code status}, {@code body} and headers {@code name, value, ...}. */
    static StandIn answering(int status, String contentType, String body, String... headers) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        StandIn in = new StandIn(s, null);
        s.createContext("/", ex -> {
            in.requests.incrementAndGet();
            in.paths.add(ex.getRequestURI().toString());
            ex.getRequestBody().readAllBytes();
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", contentType);
            for (int i = 0; i + 1 < headers.length; i += 2) {
                ex.getResponseHeaders().set(headers[i], headers[i + 1]);
            }
            ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        });
        s.start();
        return in;
    }

    /** A SPARQL endpoint whose every answer is one row binding {@code ?name} to {@code value}. */
    static StandIn sparql(String value) throws IOException {
        return answering(
                200,
                "application/sparql-results+json",
                "{\"head\":{\"vars\":[\"name\"]},\"results\":{\"bindings\":[{\"name\":{\"type\":\"literal\",\"value\":\""
                        + value + "\"}}]}}");
    }

    /** A listener that accepts connections and never answers. */
    static StandIn silent() throws IOException {
        ServerSocket ss = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        StandIn in = new StandIn(null, ss);
        Thread t = new Thread(
                () -> {
                    while (!ss.isClosed()) {
                        try {
                            Socket s = ss.accept();
                            in.requests.incrementAndGet();
                            synchronized (in.held) {
                                in.held.add(s);
                            }
                        } catch (IOException e) {
                            return;
                        }
                    }
                },
                "silent-stand-in");
        t.setDaemon(true);
        t.start();
        return in;
    }

    int port() {
        return http != null ? http.getAddress().getPort() : silent.getLocalPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    @Override
    public void close() throws IOException {
        if (http != null) {
            http.stop(0);
        }
        if (silent != null) {
            silent.close();
            synchronized (held) {
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }
}

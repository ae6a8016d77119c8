package dev.statusdocs.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

/** An HTTP server on 127.0.0.1 that serves the site folder, injects live reload and refuses everything else. */
public final class DevServer implements AutoCloseable {
    private final HttpServer server;
    private final StaticFiles files;
    private final LiveReload reload = new LiveReload();
    private final Path site;

    public DevServer(Path site, int port) throws IOException {
        this.site = site;
        this.files = new StaticFiles(site);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "statusdocs-serve");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void reloadPages() {
        reload.reloadAll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().equals(LiveReload.EVENTS)) {
            reload.listen(exchange);
            return;
        }
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            StaticFiles.Answer answer = files.resolve(exchange.getRequestURI());
            if (answer instanceof StaticFiles.Found found) {
                byte[] body = Files.readAllBytes(found.file());
                send(exchange, 200, found.contentType(),
                        found.contentType().startsWith("text/html") ? LiveReload.inject(body) : body);
            } else if (answer instanceof StaticFiles.BadRequest) {
                send(exchange, 400, "text/plain; charset=utf-8", "bad request\n".getBytes(StandardCharsets.UTF_8));
            } else {
                Path notFound = site.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                        : "not found\n".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, "text/html; charset=utf-8", body);
            }
        } catch (IOException e) {
            // The browser went away mid-response; nothing to do.
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

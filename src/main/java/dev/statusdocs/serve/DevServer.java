package dev.statusdocs.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 that serves the site folder, injects live reload and refuses everything else:
 * other host names, other methods, paths outside the folder. A fixed number of worker threads answer; a
 * client that sends its request too slowly is cut off ({@link ServerTuning}).
 */
public final class DevServer implements AutoCloseable {
    /** Worker threads; a browser opens about six connections to one host, and live-reload streams hold none. */
    static final int WORKERS = 8;
    static final String ALLOWED_METHODS = "GET, HEAD";

    private final HttpServer server;
    private final ExecutorService workers;
    private final StaticFiles files;
    private final LiveReload reload = new LiveReload();
    private final Path site;

    public DevServer(Path site, int port) throws IOException {
        this.site = site;
        this.files = new StaticFiles(site);
        ServerTuning.apply();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.workers = Executors.newFixedThreadPool(WORKERS, namedDaemons(workerName(port())));
        server.setExecutor(workers);
        server.createContext("/", this::handle).getFilters().add(new LoopbackHostFilter(port()));
        server.start();
    }

    /** The prefix of this server's worker thread names, which carry its port. */
    static String workerName(int port) {
        return "statusdocs-serve-" + port + "-";
    }

    private static ThreadFactory namedDaemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void reloadPages() {
        reload.reloadAll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!Set.of("GET", "HEAD").contains(exchange.getRequestMethod())) {
            try (exchange) {
                exchange.getResponseHeaders().set("Allow", ALLOWED_METHODS);
                sendText(exchange, 405, "method not allowed\n");
            }
            return;
        }
        if (exchange.getRequestURI().getPath().equals(LiveReload.EVENTS)) {
            reload.listen(exchange);
            return;
        }
        try (exchange) {
            StaticFiles.Answer answer = files.resolve(exchange.getRequestURI());
            if (answer instanceof StaticFiles.Found found) {
                byte[] body = Files.readAllBytes(found.file());
                send(exchange, 200, found.contentType(),
                        found.contentType().startsWith("text/html") ? LiveReload.inject(body) : body);
            } else if (answer instanceof StaticFiles.BadRequest) {
                sendText(exchange, 400, "bad request\n");
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

    static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
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
        workers.shutdownNow();
    }
}

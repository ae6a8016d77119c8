package dev.statusdocs.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Server-sent events that tell every open page to reload after a rebuild. */
final class LiveReload {
    static final String EVENTS = "/__statusdocs/events";
    static final String SCRIPT = "<script>new EventSource(\"" + EVENTS + "\").onmessage = function () { location.reload(); };</script>";

    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();

    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        exchange.getResponseBody().flush();
        listeners.add(exchange);
    }

    void reloadAll() {
        for (HttpExchange listener : listeners) {
            try {
                OutputStream out = listener.getResponseBody();
                out.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException gone) {
                listeners.remove(listener);
                listener.close();
            }
        }
    }

    /** Adds the reload script to a served HTML page; the files on disk never carry it. */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        return (end < 0 ? page + SCRIPT : page.substring(0, end) + SCRIPT + page.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }
}

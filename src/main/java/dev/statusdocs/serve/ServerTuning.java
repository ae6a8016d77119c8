package dev.statusdocs.serve;

import java.util.Map;

/**
 * Settings of the JDK's HTTP server, which it takes only from system properties, read once when the first
 * server of the process is made (in {@code sun.net.httpserver.ServerConfig}). They are set here, just before
 * {@link DevServer} makes that server, so {@code java -jar}, the launcher and the tests all get them; a value
 * given with {@code -D} on the command line is kept.
 */
final class ServerTuning {
    /** Seconds a request line and headers may take to arrive; after that the connection is closed. */
    static final int REQUEST_SECONDS = 5;

    private static final Map<String, String> PROPERTIES = Map.of(
            // Without it, a response's body waits for the ACK of its headers: about 40 ms per keep-alive request.
            "sun.net.httpserver.nodelay", "true",
            "sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));

    private ServerTuning() {
    }

    static void apply() {
        PROPERTIES.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }
}

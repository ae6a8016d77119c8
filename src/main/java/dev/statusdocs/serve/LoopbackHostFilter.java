package dev.statusdocs.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lets through only requests that name this server by a loopback name and its port. A page elsewhere that
 * points its own host name at 127.0.0.1 (DNS rebinding) still sends that name in {@code Host}, so it is
 * refused with 421 Misdirected Request: this server is not the authority for that name.
 */
final class LoopbackHostFilter extends Filter {
    private static final Set<String> NAMES = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final int DEFAULT_HTTP_PORT = 80;

    private final int port;

    LoopbackHostFilter(int port) {
        this.port = port;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        if (hosts == null || hosts.size() != 1) {
            try (exchange) {
                DevServer.sendText(exchange, 400, "bad request: exactly one Host header is required\n");
            }
            return;
        }
        String target = exchange.getRequestURI().getRawAuthority();
        if (!names(hosts.get(0)) || (target != null && !names(target))) {
            try (exchange) {
                DevServer.sendText(exchange, 421, "misdirected request: this preview answers only to http://127.0.0.1:"
                        + port + "/\n");
            }
            return;
        }
        chain.doFilter(exchange);
    }

    /** Whether an authority ({@code host[:port]}, as in a Host header) names this server on the loopback. */
    boolean names(String authority) {
        URI uri;
        try {
            uri = new URI("http://" + authority);
        } catch (URISyntaxException e) {
            return false;
        }
        boolean onlyAuthority = authority.equals(uri.getRawAuthority()) && uri.getRawUserInfo() == null;
        boolean samePort = uri.getPort() == port || (uri.getPort() == -1 && port == DEFAULT_HTTP_PORT);
        return onlyAuthority && uri.getHost() != null && NAMES.contains(uri.getHost().toLowerCase(Locale.ROOT)) && samePort;
    }

    @Override
    public String description() {
        return "refuses requests whose Host is not a loopback name with this server's port";
    }
}

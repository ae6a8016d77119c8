package dev.statusdocs.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server over real HTTP: files inside site/ only, live reload injected into HTML. */
class DevServerTest {
    /** Long enough for a loaded machine; only a server that never answers reaches it. */
    private static final int READ_TIMEOUT_MILLIS = 60_000;

    @TempDir
    Path dir;
    private DevServer server;

    @BeforeEach
    void start() throws IOException {
        TestProjects.write(dir.resolve("site/en/index.html"), "<html><body><p>hello</p></body></html>");
        TestProjects.write(dir.resolve("site/404.html"), "<p>not here</p>");
        TestProjects.write(dir.resolve("secret.txt"), "do not serve");
        server = new DevServer(dir.resolve("site"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Sends a request head exactly as given (lines joined with CRLF) and returns the whole response. */
    private String send(String... head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write((String.join("\r\n", head) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Sends the path exactly as given, with no client-side normalization. */
    private String get(String rawPath) throws IOException {
        return send("GET " + rawPath + " HTTP/1.1", "Host: 127.0.0.1:" + server.port());
    }

    @Test
    void servesFilesInsideTheSiteWithTheReloadScript() throws IOException {
        String response = get("/en/index.html");
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.contains("<p>hello</p>"));
        assertTrue(response.contains(LiveReload.EVENTS), "live reload script injected");
    }

    @Test
    void missingFileGetsTheNotFoundPage() throws IOException {
        String response = get("/en/nothing.html");
        assertTrue(response.startsWith("HTTP/1.1 404"), response);
        assertTrue(response.contains("not here"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/en/../../secret.txt", "/%2e%2e/secret.txt", "/en/%2E%2E/%2e%2e/secret.txt",
            "/..%2fsecret.txt", "/..%5csecret.txt", "/en/index.html%00.txt", "/%252e%252e/secret.txt", "/..\\secret.txt"})
    void traversalInAnyEncodingGetsNothing(String path) throws IOException {
        String response = get(path);
        assertTrue(response.startsWith("HTTP/1.1 400") || response.startsWith("HTTP/1.1 404"), path + " -> " + response);
        assertFalse(response.contains("do not serve"), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:PORT", "localhost:PORT", "LocalHost:PORT", "[::1]:PORT"})
    void loopbackNamesWithTheServersPortAreServed(String host) throws IOException {
        String response = send("GET /en/index.html HTTP/1.1", "Host: " + host.replace("PORT", "" + server.port()));
        assertTrue(response.startsWith("HTTP/1.1 200"), host + " -> " + response);
    }

    /** A page on another site whose name now points at 127.0.0.1 (DNS rebinding) must not read the preview. */
    @ParameterizedTest
    @ValueSource(strings = {"evil.example:PORT", "evil.example", "localhost.evil.example:PORT", "127.0.0.1.nip.io:PORT",
            "127.0.0.1:OTHER", "localhost", "127.0.0.1", "user@127.0.0.1:PORT", "127.0.0.1:PORT/x", "0.0.0.0:PORT", ""})
    void foreignHostIsRefusedWithMisdirectedRequest(String host) throws IOException {
        String response = send("GET /en/index.html HTTP/1.1",
                "Host: " + host.replace("PORT", "" + server.port()).replace("OTHER", "" + (server.port() + 1)));
        assertTrue(response.startsWith("HTTP/1.1 421"), host + " -> " + response);
        assertFalse(response.contains("hello"), host);
    }

    @Test
    void liveReloadEventsRefuseAForeignHostToo() throws IOException {
        String response = send("GET " + LiveReload.EVENTS + " HTTP/1.1", "Host: evil.example:" + server.port());
        assertTrue(response.startsWith("HTTP/1.1 421"), response);
    }

    @Test
    void absoluteRequestTargetMustNameTheLoopbackToo() throws IOException {
        String response = send("GET http://evil.example:" + server.port() + "/en/index.html HTTP/1.1",
                "Host: 127.0.0.1:" + server.port());
        assertTrue(response.startsWith("HTTP/1.1 421"), response);
    }

    @Test
    void requestWithoutHostIsBad() throws IOException {
        String response = send("GET /en/index.html HTTP/1.1");
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertFalse(response.contains("hello"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS"})
    void otherMethodsGetMethodNotAllowedWithAllow(String method) throws IOException {
        String response = send(method + " /en/index.html HTTP/1.1", "Host: 127.0.0.1:" + server.port(), "Content-Length: 0");
        assertTrue(response.startsWith("HTTP/1.1 405"), response);
        assertTrue(response.lines().anyMatch(line -> line.equalsIgnoreCase("Allow: GET, HEAD")), response);
    }

    /**
     * Clients that start a request and never finish it hold at most the fixed worker threads, and only until the
     * request timeout closes their connections; a normal request is still answered.
     */
    @Test
    void slowClientsNeitherHoldAThreadEachNorBlockOthers() throws IOException {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 2 * DevServer.WORKERS; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.setSoTimeout(READ_TIMEOUT_MILLIS);
                socket.getOutputStream().write(("GET /en/index.html HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nX-Slow: ")
                        .getBytes(StandardCharsets.ISO_8859_1));
                slow.add(socket);
            }
            String response = getOnceMore("/en/index.html");
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            for (Socket socket : slow) {
                assertTrue(closedByServer(socket), "the server closes a request that never ends");
            }
            long workers = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith(DevServer.workerName(server.port()))).count();
            assertTrue(workers <= DevServer.WORKERS, workers + " worker threads");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /**
     * The timeout closes every connection whose request has waited too long, so a request that queued behind the
     * slow ones since the same second may go with them; a browser sends it again, and so does this.
     */
    private String getOnceMore(String path) throws IOException {
        try {
            String response = get(path);
            if (!response.isEmpty()) {
                return response;
            }
        } catch (SocketException reset) {
            // Closed before it was read: sent again below.
        }
        return get(path);
    }

    /** Whether the server closed the connection: an end of stream, or a reset if it left bytes unread. */
    private static boolean closedByServer(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketException reset) {
            return true;
        }
    }
}

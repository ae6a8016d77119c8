package dev.statusdocs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server over real HTTP: files inside site/ only, live reload injected into HTML. */
class DevServerTest {
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

    /** Sends the path exactly as given, with no client-side normalization. */
    private String get(String rawPath) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
}

package dev.statusdocs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The watch, rebuild and reload loop keeps serving the last good site whatever a rebuild throws. */
class PreviewLoopTest {
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;

    static Stream<Supplier<Throwable>> failures() {
        return Stream.of(PreviewLoopTest::realStackOverflow, () -> new OutOfMemoryError("Java heap space"),
                () -> new IllegalStateException("a bug"), () -> new UncheckedIOException("cannot update site",
                        new IOException("No space left on device")));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void aRebuildThatThrowsIsReportedAndTheLastGoodSiteStaysServed(Supplier<Throwable> failure) throws Exception {
        Path site = dir.resolve("site");
        TestProjects.write(site.resolve("en/index.html"), "<p>last good</p>");
        TestProjects.write(dir.resolve("content/codes/100.md"), "first");
        BlockingQueue<Set<String>> rebuilds = new LinkedBlockingQueue<>();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Throwable problem = failure.get();
        try (DevServer server = new DevServer(site, 0); Watcher watcher = new Watcher(dir, Path.of("content"))) {
            PreviewLoop loop = new PreviewLoop(watcher, server, new PrintWriter(out, true), new PrintWriter(err, true));
            Thread running = new Thread(() -> {
                try {
                    loop.run(changed -> {
                        if (changed.contains("content/codes/broken.md")) {
                            rebuilds.add(changed);
                            throwUnchecked(problem);
                        }
                        TestProjects.write(site.resolve("en/index.html"), "<p>rebuilt</p>");
                        rebuilds.add(changed);
                        return new PreviewLoop.Outcome(true, "rebuilt");
                    });
                } catch (InterruptedException stopped) {
                    // The test is over.
                }
            });
            running.start();
            try {
                TestProjects.write(dir.resolve("content/codes/broken.md"), "whatever breaks the build");
                awaitRebuildOf(rebuilds, "content/codes/broken.md");
                assertTrue(get(server).contains("last good"));
                TestProjects.write(dir.resolve("content/codes/100.md"), "fixed");
                awaitRebuildOf(rebuilds, "content/codes/100.md");
                assertTrue(err.toString().contains("rebuild failed"), err.toString());
                assertTrue(err.toString().contains("still serving the last good site"), err.toString());
                assertTrue(err.toString().contains(problem instanceof UncheckedIOException
                        ? problem.getCause().getMessage() : problem.getClass().getName()), err.toString());
                assertTrue(err.toString().lines().count() < 20, "no screenful of stack trace:\n" + err);
                assertTrue(get(server).contains("rebuilt"), "the loop went on to the next rebuild");
            } finally {
                running.interrupt();
                running.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            }
        }
    }

    private static String get(DevServer server) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/en/index.html")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static StackOverflowError realStackOverflow() {
        try {
            return realStackOverflow();
        } catch (StackOverflowError e) {
            return e;
        }
    }

    private static void awaitRebuildOf(BlockingQueue<Set<String>> rebuilds, String path) throws InterruptedException {
        Set<String> changed;
        do {
            changed = rebuilds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(changed, "no rebuild for " + path + " in " + WAIT_SECONDS + " s");
        } while (!changed.contains(path));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void throwUnchecked(Throwable problem) throws T {
        throw (T) problem;
    }
}

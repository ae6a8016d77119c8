package dev.statusdocs.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher over a real folder tree that changes under it. */
class WatcherTest {
    /** Long enough for a loaded machine; only a watcher that missed the change or died reaches it. */
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;
    private final ExecutorService drain = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopDraining() {
        drain.shutdownNow();
    }

    @Test
    void foldersAppearingAndVanishingInABurstDoNotStopTheWatcher() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("codes"));
        try (Watcher watcher = new Watcher(dir, Path.of("content"))) {
            Future<Set<String>> sawTheEdit = awaitChange(watcher, "content/codes/after.md");
            for (int round = 0; round < 400; round++) {
                Path burst = content.resolve("burst-" + round % 3);
                for (String leaf : new String[] {"a/b/c/d", "a/e/f", "g/h"}) {
                    Files.createDirectories(burst.resolve(leaf));
                }
                deleteTree(burst);
            }
            TestProjects.write(content.resolve("codes/after.md"), "edited after the burst");
            assertTrue(sawTheEdit.get(WAIT_SECONDS, TimeUnit.SECONDS).contains("content/codes/after.md"));
        }
    }

    @Test
    void filesWrittenIntoANewFolderCountAsChanged() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        try (Watcher watcher = new Watcher(dir, Path.of("content"))) {
            // Both are written before the watcher looks, as when an editor or git makes them at once.
            Path folder = Files.createDirectories(dir.resolve("content/new/deeper"));
            TestProjects.write(folder.resolve("page.md"), "written at once");
            Future<Set<String>> sawThePage = awaitChange(watcher, "content/new/deeper/page.md");
            assertTrue(sawThePage.get(WAIT_SECONDS, TimeUnit.SECONDS).contains("content/new/deeper/page.md"));
        }
    }

    /** Takes the watcher's bursts on another thread until one names the path; a failure of the watcher ends it. */
    private Future<Set<String>> awaitChange(Watcher watcher, String path) {
        return drain.submit(() -> {
            while (true) {
                Set<String> changed = watcher.next();
                if (changed.contains(path)) {
                    return changed;
                }
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

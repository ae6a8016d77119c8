package dev.statusdocs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.TestProjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code build --out}: the reproductions of issue 22 item 1, through the command line. */
class BuildOutputTest {
    @TempDir
    Path dir;
    private Path project;

    @BeforeEach
    void project() {
        // Two levels down, so that even a build that climbs out of the project stays inside the temporary folder.
        project = TestProjects.copy("basic", dir.resolve("a/project"));
        assertEquals(ExitCodes.OK, Main.run("merge", "--root", project.toString()));
    }

    private int build(Path out) {
        return Main.run("build", "--root", project.toString(), "--out", out.toString());
    }

    @Test
    void aFolderHoldingFilesWeDidNotMakeIsRefusedTwiceAndKeepsThem() throws Exception {
        Path x = dir.resolve("x");
        Files.createDirectories(x);
        Files.writeString(x.resolve("important.txt"), "keep");
        List<String> around = listing(dir);

        assertEquals(ExitCodes.USAGE, build(x));
        assertEquals(ExitCodes.USAGE, build(x));
        assertEquals("keep", Files.readString(x.resolve("important.txt")));
        assertEquals(List.of("important.txt"), listing(x));
        assertEquals(around, listing(dir), "nothing was created beside it");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"the project", "the project, written roundabout", "its parent", "its grandparent", "/"})
    void theProjectAndItsAncestorsAreRefusedBeforeAnythingIsTouched(String which) {
        Path out = switch (which) {
            case "the project" -> project;
            case "the project, written roundabout" -> project.resolve("content/..");
            case "its parent" -> project.getParent();
            case "its grandparent" -> dir;
            default -> project.getRoot();
        };
        SortedMap<String, byte[]> before = TestProjects.snapshot(dir);
        List<String> around = listing(dir);

        assertEquals(ExitCodes.USAGE, build(out));
        SortedMap<String, byte[]> after = TestProjects.snapshot(dir);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
        assertEquals(around, listing(dir));
    }

    @Test
    void anEmptyFolderAndOurOwnPreviousOutputAreBuiltInto() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(ExitCodes.OK, build(empty));
        assertEquals(ExitCodes.OK, build(empty));
        SortedMap<String, byte[]> site = TestProjects.snapshot(empty);
        assertEquals(true, site.containsKey("en/404.html"), site.keySet().toString());
    }

    private static List<String> listing(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

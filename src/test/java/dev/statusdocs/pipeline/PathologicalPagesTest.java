package dev.statusdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import dev.statusdocs.cli.MainForTests;
import dev.statusdocs.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pathological pages of issue 22: check names the problem at its line, and serve's rebuild survives them. */
class PathologicalPagesTest {
    private static final String PAGE = "content/codes/404.md";
    private static final Map<String, String> BODIES = Map.of(
            "nested quotes", "> ".repeat(1_000) + "text",
            "a line of list markers", "- ".repeat(10_000) + "x",
            "open links", "[a](".repeat(40_000),
            "indented list levels", IntStream.range(0, 2_000).mapToObj(i -> "  ".repeat(i) + "- x")
                    .collect(Collectors.joining("\n")));

    @TempDir
    Path dir;

    private Path mergedProject() {
        TestProjects.copy("basic", dir);
        MainForTests.run("merge", "--root", dir.toString());
        return dir;
    }

    @Test
    void eachPathologicalBodyIsOneErrorAtItsFirstLine() {
        Path page = mergedProject().resolve(PAGE);
        String original = TestProjects.read(page);
        int bodyLine = (int) original.lines().count() + 2;
        for (Map.Entry<String, String> body : BODIES.entrySet()) {
            TestProjects.write(page, original + "\n" + body.getValue() + "\n");
            Pipeline pipeline = new Pipeline(dir);
            List<Diagnostic> errors = pipeline.check(pipeline.load()).diagnostics().stream()
                    .filter(Diagnostic::isError).toList();
            assertEquals(1, errors.size(), body.getKey() + ": " + errors);
            Diagnostic error = errors.get(0);
            assertEquals(PAGE, error.file(), body.getKey());
            assertTrue(error.line() <= bodyLine && error.hint().isPresent(), body.getKey() + ": " + error.format());
        }
    }

    @Test
    void aRebuildOfAPathologicalPageFailsAndKeepsTheLastGoodSite() {
        Path page = mergedProject().resolve(PAGE);
        String original = TestProjects.read(page);
        Rebuilder rebuilder = new Rebuilder(dir);
        Rebuilder.Result good = rebuilder.rebuild(Set.of());
        assertFalse(good.failed());
        for (String body : BODIES.values()) {
            TestProjects.write(page, original + "\n" + body + "\n");
            Rebuilder.Result broken = rebuilder.rebuild(Set.of(PAGE));
            assertTrue(broken.failed());
            assertEquals(good.files(), broken.files());
        }
        TestProjects.write(page, original + "\nFixed.\n");
        assertFalse(rebuilder.rebuild(Set.of(PAGE)).failed());
    }
}

package dev.statusdocs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands end to end on a small fixture project, with their exit codes. */
class CommandLineTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        return InProject.run(dir, args);
    }

    @Test
    void mergeCreatesOnePagePerCodeKnownToASourceOrTheRegistry() throws Exception {
        TestProjects.copy("basic", dir);
        assertEquals(ExitCodes.OK, run("merge"));
        try (var files = Files.list(dir.resolve("content/codes"))) {
            assertEquals(List.of("200.md", "404.md", "429.md", "451.md"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aPageWithoutTextInALanguageSaysSoInAField() {
        TestProjects.copy("basic", dir);
        run("merge");
        String page = TestProjects.read(dir.resolve("content/codes/429.md"));
        assertTrue(page.contains("missing_languages: [en]"), page);
        assertFalse(page.contains("## English"), page);
        assertTrue(page.contains("## 中文"), page);
    }

    @Test
    void mergeTwiceChangesNothing() {
        TestProjects.copy("basic", dir);
        run("merge");
        SortedMap<String, byte[]> first = TestProjects.snapshot(dir.resolve("content/codes"));
        assertEquals(ExitCodes.OK, run("merge"));
        assertEquals(ExitCodes.OK, run("merge", "--check"));
        SortedMap<String, byte[]> second = TestProjects.snapshot(dir.resolve("content/codes"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((file, bytes) -> assertArrayEquals(bytes, second.get(file), file));
    }

    @Test
    void handEditSurvivesMergeAndShowsAfterBuild() {
        TestProjects.copy("basic", dir);
        run("merge");
        Path page = dir.resolve("content/codes/404.md");
        String edited = TestProjects.read(page).replace("The server found no current representation of the target resource.",
                "Nothing lives at this address, says a contributor.");
        TestProjects.write(page, edited);
        assertEquals(ExitCodes.OK, run("merge"));
        assertEquals(edited, TestProjects.read(page));
        assertEquals(ExitCodes.OK, run("build"));
        assertTrue(TestProjects.read(dir.resolve("site/en/404.html")).contains("Nothing lives at this address, says a contributor."));
    }

    @Test
    void mergeRefreshesOnlyProvenanceWhenASourceGainsAnEntry() {
        TestProjects.copy("basic", dir);
        run("merge");
        Path page = dir.resolve("content/codes/404.md");
        String before = TestProjects.read(page);
        TestProjects.write(dir.resolve("content/sources/spec.md"), TestProjects.read(dir.resolve("content/sources/spec.md"))
                + "\n### 404 Not Found\n\nListed again.\n");
        assertEquals(ExitCodes.STALE, run("merge", "--check"));
        assertEquals(before, TestProjects.read(page), "--check must not write");
        assertEquals(ExitCodes.OK, run("merge"));
        String after = TestProjects.read(page);
        assertTrue(after.contains("{source: spec, line: 11, lang: en}"), after);
        assertEquals(before.substring(before.indexOf("---\n", 4)), after.substring(after.indexOf("---\n", 4)),
                "the body is untouched");
    }

    @Test
    void buildGivesByteIdenticalOutputForTheSameInput() {
        TestProjects.copy("basic", dir);
        run("merge");
        assertEquals(ExitCodes.OK, run("build", "--out", dir.resolve("one").toString()));
        assertEquals(ExitCodes.OK, run("build", "--out", dir.resolve("two").toString()));
        SortedMap<String, byte[]> one = TestProjects.snapshot(dir.resolve("one"));
        SortedMap<String, byte[]> two = TestProjects.snapshot(dir.resolve("two"));
        assertEquals(one.keySet(), two.keySet());
        one.forEach((file, bytes) -> assertArrayEquals(bytes, two.get(file), file));
        assertTrue(one.containsKey("en/404.html") && one.containsKey("zh/404.html") && one.containsKey("index.html"));
    }

    @Test
    void failedBuildLeavesTheLastGoodSiteInPlace() {
        TestProjects.copy("basic", dir);
        run("merge");
        assertEquals(ExitCodes.OK, run("build"));
        SortedMap<String, byte[]> good = TestProjects.snapshot(dir.resolve("site"));
        TestProjects.write(dir.resolve("content/codes/200.md"), "---\ncode: [\n---\n");
        assertEquals(ExitCodes.INVALID_CONTENT, run("build"));
        SortedMap<String, byte[]> after = TestProjects.snapshot(dir.resolve("site"));
        assertEquals(good.keySet(), after.keySet());
        good.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
        assertFalse(Files.exists(dir.resolve(".site.new")));
    }

    @Test
    void strictBuildFailsWhileAnErrorFindingIsUnresolvedAndKeepsTheSite() {
        TestProjects.copy("findings-planted", dir);
        assertEquals(ExitCodes.OK, run("merge"));
        assertEquals(ExitCodes.OK, run("build"));
        SortedMap<String, byte[]> before = TestProjects.snapshot(dir.resolve("site"));
        assertEquals(ExitCodes.UNRESOLVED_FINDINGS, run("build", "--strict"));
        SortedMap<String, byte[]> after = TestProjects.snapshot(dir.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
    }

    @Test
    void checkFailsOnAMisspeltFieldAndWritesNothing() {
        TestProjects.copy("basic", dir);
        run("merge");
        Path page = dir.resolve("content/codes/200.md");
        TestProjects.write(page, TestProjects.read(page).replace("title:", "titel:"));
        assertEquals(ExitCodes.INVALID_CONTENT, run("check"));
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void checkAsksForMergeWhenAKnownCodeHasNoPage() {
        TestProjects.copy("basic", dir);
        run("merge");
        TestProjects.write(dir.resolve("content/codes/451.md.bak"), "");
        try {
            Files.delete(dir.resolve("content/codes/451.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(ExitCodes.INVALID_CONTENT, run("check"));
    }
}

package dev.statusdocs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import dev.statusdocs.output.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds into one folder from separate processes, as two terminals or two CI jobs would run them (issue 22
 * item 4: without a lock, 11 of 40 such rounds left a mix of both sites while one build reported success).
 */
class ConcurrentBuildsTest {
    @TempDir
    Path dir;
    private Path project;
    private Path other;
    private Path site;

    @BeforeEach
    void projects() {
        project = TestProjects.copy("basic", dir.resolve("project"));
        assertEquals(ExitCodes.OK, Main.run("merge", "--root", project.toString()));
        // A second project whose site differs in one page, so that a mix of the two would show.
        other = TestProjects.copy("basic", dir.resolve("other"));
        assertEquals(ExitCodes.OK, Main.run("merge", "--root", other.toString()));
        Path page = other.resolve("content/codes/404.md");
        TestProjects.write(page, TestProjects.read(page).replace("## English\n", "## English\n\nOnly the other project says this.\n"));
        site = dir.resolve("site");
    }

    private record Outcome(int exit, String stderr) {
    }

    private Process start() throws IOException {
        return start(project);
    }

    private Process start(Path project) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--root", project.toString(), "--out", site.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Outcome finish(Process build) throws Exception {
        String stderr = new String(build.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(build.waitFor(), stderr);
    }

    private SortedMap<String, byte[]> alone(Path project) {
        Path alone = dir.resolve("alone-" + project.getFileName());
        assertEquals(ExitCodes.OK, Main.run("build", "--root", project.toString(), "--out", alone.toString()));
        return TestProjects.snapshot(alone);
    }

    @Test
    void twoBuildsAtOnceLeaveOneCompleteSiteAndTheOneRefusedSaysWhy() throws Exception {
        SortedMap<String, byte[]> mine = alone(project);
        SortedMap<String, byte[]> theirs = alone(other);
        assertTrue(!Arrays.equals(mine.get("en/404.html"), theirs.get("en/404.html")), "the two sites differ");
        for (int round = 0; round < 3; round++) {
            Process first = start(project);
            Process second = start(other);
            List<Outcome> outcomes = List.of(finish(first), finish(second));
            assertTrue(outcomes.stream().anyMatch(o -> o.exit() == ExitCodes.OK), outcomes.toString());
            for (Outcome outcome : outcomes) {
                if (outcome.exit() != ExitCodes.OK) {
                    assertRefusedBecauseBusy(outcome);
                }
            }
            // The site of the build that finished last, whole.
            SortedMap<String, byte[]> result = TestProjects.snapshot(site);
            assertSameSite(Arrays.equals(result.get("en/404.html"), mine.get("en/404.html")) ? mine : theirs, result);
        }
    }

    @Test
    void aBuildIntoAFolderAnotherProcessHoldsFailsAndChangesNothing() throws Exception {
        assertEquals(ExitCodes.OK, Main.run("build", "--root", project.toString(), "--out", site.toString()));
        SortedMap<String, byte[]> before = TestProjects.snapshot(site);
        Path shown = site.toRealPath();
        try (SiteWriter holder = SiteWriter.open(site, project)) {
            assertRefusedBecauseBusy(finish(start()));
        }
        assertSameSite(before, TestProjects.snapshot(site));
        assertEquals(shown, site.toRealPath());
    }

    private void assertRefusedBecauseBusy(Outcome outcome) {
        assertEquals(ExitCodes.IO_ERROR, outcome.exit(), outcome.stderr());
        assertTrue(outcome.stderr().startsWith("statusdocs: cannot build into " + site
                + ": another statusdocs build or serve"), outcome.stderr());
        assertTrue(outcome.stderr().contains("wait for it to finish, or choose another folder with --out"),
                outcome.stderr());
    }

    private static void assertSameSite(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((file, bytes) -> assertArrayEquals(bytes, actual.get(file), file));
    }
}

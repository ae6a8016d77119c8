package dev.statusdocs.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHistoryTest {
    @TempDir
    Path dir;

    private void git(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        ProcessBuilder git = new ProcessBuilder(new ArrayList<>(List.of("git", "-C", dir.toString())));
        git.command().addAll(List.of(args));
        git.environment().putAll(environment);
        git.environment().putAll(Map.of("GIT_AUTHOR_NAME", "a", "GIT_AUTHOR_EMAIL", "a@example.org",
                "GIT_COMMITTER_NAME", "a", "GIT_COMMITTER_EMAIL", "a@example.org"));
        assertEquals(0, git.inheritIO().start().waitFor(), String.join(" ", args));
    }

    private void commitAt(String when, String message) throws IOException, InterruptedException {
        git(Map.of(), "add", "-A");
        git(Map.of("GIT_COMMITTER_DATE", when, "GIT_AUTHOR_DATE", when), "commit", "-q", "-m", message);
    }

    @Test
    void eachFileIsDatedByTheNewestCommitThatChangedItAndOtherFoldersAreIgnored() throws Exception {
        git(Map.of(), "init", "-q");
        TestProjects.write(dir.resolve("content/codes/404.md"), "one");
        TestProjects.write(dir.resolve("content/codes/429.md"), "one");
        commitAt("2026-01-02T03:04:05Z", "First pages");
        TestProjects.write(dir.resolve("content/codes/429.md"), "two");
        TestProjects.write(dir.resolve("templates/x.peb"), "not content");
        commitAt("2026-02-03T04:05:06Z", "429 says more & better");
        TestProjects.write(dir.resolve("templates/x.peb"), "still not content");
        commitAt("2026-03-04T05:06:07Z", "Templates only");

        ContentHistory history = ContentHistory.read(dir, "content");

        assertEquals(Optional.of(Instant.parse("2026-01-02T03:04:05Z")), history.lastChanged("content/codes/404.md"));
        assertEquals(Optional.of(Instant.parse("2026-02-03T04:05:06Z")), history.lastChanged("content/codes/429.md"));
        assertEquals(Optional.of(Instant.parse("2026-02-03T04:05:06Z")), history.latest());
        assertEquals(List.of("429 says more & better", "First pages"),
                history.changes().stream().map(ContentHistory.Change::subject).toList());
        assertEquals(List.of("content/codes/429.md"), history.changes().get(0).files());
    }

    @Test
    void aFolderOutsideAnyRepositoryHasNoHistory() {
        ContentHistory history = ContentHistory.read(dir, "content");
        assertTrue(history.changes().isEmpty());
        assertEquals(Optional.empty(), history.lastChanged("content/codes/404.md"));
        assertEquals(Optional.empty(), history.latest());
    }
}

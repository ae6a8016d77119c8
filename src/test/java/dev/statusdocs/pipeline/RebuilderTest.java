package dev.statusdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import dev.statusdocs.cli.MainForTests;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RebuilderTest {
    @TempDir
    Path dir;

    /** A rebuilder over a copy of the basic project, merged so that every code has its page. */
    private Rebuilder rebuilderOnMergedProject() {
        TestProjects.copy("basic", dir);
        MainForTests.run("merge", "--root", dir.toString());
        return new Rebuilder(dir);
    }

    @Test
    void editingOnePageChangesOnlyTheFilesThatShowIt() {
        Rebuilder rebuilder = rebuilderOnMergedProject();
        Rebuilder.Result first = rebuilder.rebuild(Set.of());
        assertFalse(first.failed());

        Path page = dir.resolve("content/codes/404.md");
        TestProjects.write(page, TestProjects.read(page) + "\nA sentence added while previewing.\n");
        Rebuilder.Result second = rebuilder.rebuild(Set.of("content/codes/404.md"));

        List<String> changed = second.files().keySet().stream()
                .filter(f -> !Arrays.equals(second.files().get(f), first.files().get(f))).toList();
        assertTrue(changed.contains("zh/404.html") || changed.contains("en/404.html"), changed.toString());
        assertFalse(changed.contains("en/200.html"), changed.toString());
        assertFalse(changed.contains("zh/429.html"), changed.toString());
    }

    @Test
    void aBrokenEditKeepsTheLastGoodBuild() {
        Rebuilder rebuilder = rebuilderOnMergedProject();
        Rebuilder.Result first = rebuilder.rebuild(Set.of());
        TestProjects.write(dir.resolve("content/codes/404.md"), "---\ncode: [\n---\n");
        Rebuilder.Result broken = rebuilder.rebuild(Set.of("content/codes/404.md"));
        assertTrue(broken.failed());
        assertEquals(first.files().keySet(), broken.files().keySet());
        assertEquals(first.files(), broken.files());
    }
}

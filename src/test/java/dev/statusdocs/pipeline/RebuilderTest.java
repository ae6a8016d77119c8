package dev.statusdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import dev.statusdocs.cli.MainForTests;
import dev.statusdocs.output.OfflineBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    void rebuildsAfterEditsWriteWhatAFullBuildWrites() throws IOException {
        Rebuilder rebuilder = rebuilderOnMergedProject();
        MainForTests.run("new", "599", "--root", dir.toString());
        rebuilder.rebuild(Set.of());

        Path page = dir.resolve("content/codes/404.md");
        TestProjects.write(page, TestProjects.read(page) + "\nThe word quokkaesque is only in this edit.\n");
        Files.delete(dir.resolve("content/codes/599.md"));
        Rebuilder.Result edited = rebuilder.rebuild(Set.of("content/codes/404.md", "content/codes/599.md"));
        assertWritesWhatAFullBuildWrites(edited);
        String index = new String(edited.files().get("assets/search-index.js"), StandardCharsets.UTF_8);
        assertTrue(index.contains("\"quokkaesque\""), "the edited page's words are found");
        assertFalse(index.contains("\"code\":\"599\""), "the removed page is not");
    }

    @Test
    void aRetitledPageIsRetitledOnThePagesThatRelateToIt() {
        Rebuilder rebuilder = rebuilderOnMergedProject();
        Path page404 = dir.resolve("content/codes/404.md");
        TestProjects.write(page404, TestProjects.read(page404).replace("status: standard", "status: standard\nrelated: [451]"));
        rebuilder.rebuild(Set.of());

        Path page451 = dir.resolve("content/codes/451.md");
        TestProjects.write(page451, TestProjects.read(page451).replace("zh: \"Unavailable For Legal Reasons\"", "zh: \"因法律原因无法提供\""));
        Rebuilder.Result edited = rebuilder.rebuild(Set.of("content/codes/451.md"));
        assertWritesWhatAFullBuildWrites(edited);
        String related = new String(edited.files().get("zh/404.html"), StandardCharsets.UTF_8);
        assertTrue(related.contains("无法提供"), "404 relates to 451 and shows its new title");
    }

    /** The rebuild succeeded and wrote every file as a fresh build of the project writes it. */
    private void assertWritesWhatAFullBuildWrites(Rebuilder.Result edited) {
        assertFalse(edited.failed(), edited.diagnostics().toString());
        Rebuilder.Result full = new Rebuilder(dir).rebuild(Set.of());
        assertEquals(withoutBundle(full.files()).keySet(), withoutBundle(edited.files()).keySet());
        withoutBundle(full.files()).forEach((file, bytes) ->
                assertArrayEquals(bytes, edited.files().get(file), file + " differs from a full build"));
    }

    private static Map<String, byte[]> withoutBundle(Map<String, byte[]> files) {
        Map<String, byte[]> rest = new TreeMap<>(files);
        rest.remove(OfflineBundle.PATH);
        return rest;
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

package dev.statusdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContributorCommandsTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        return InProject.run(dir, args);
    }

    private List<String> warnings() {
        Pipeline pipeline = new Pipeline(dir);
        return pipeline.check(pipeline.load()).diagnostics().stream().filter(d -> !d.isError())
                .map(Diagnostic::format).toList();
    }

    @Test
    void newWritesAPageThatPassesCheckButWarnsAboutItsPlaceholders() {
        TestProjects.copy("basic", dir);
        run("merge");
        assertEquals(ExitCodes.OK, run("new", "418"));
        String page = TestProjects.read(dir.resolve("content/codes/418.md"));
        assertTrue(page.contains("## English") && page.contains("## 中文"), page);
        assertEquals(ExitCodes.OK, run("check"));
        assertEquals(2, warnings().stream().filter(w -> w.contains("placeholder text")).count());
        assertEquals(ExitCodes.USAGE, run("new", "418"), "an existing page is never overwritten");
        assertEquals(ExitCodes.USAGE, run("new", "42"));
    }

    @Test
    void changingOneLanguageFlagsTheOtherUntilMarkedTranslated() {
        TestProjects.copy("basic", dir);
        run("merge");
        Path page = dir.resolve("content/codes/404.md");
        assertTrue(TestProjects.read(page).contains("## 中文") && TestProjects.read(page).contains("## English"));
        assertEquals(ExitCodes.OK, run("translated", "404"));
        assertEquals(List.of(), warnings());

        String edited = TestProjects.read(page).replace("The server found no current representation",
                "The origin found no current representation");
        TestProjects.write(page, edited);
        List<String> stale = warnings();
        assertEquals(1, stale.size(), stale.toString());
        assertTrue(stale.get(0).contains("中文 text may be out of date"), stale.get(0));
        assertEquals(ExitCodes.OK, run("build"));
        assertTrue(TestProjects.read(dir.resolve("site/zh/404.html")).contains("notice-translation"));
        assertFalse(TestProjects.read(dir.resolve("site/en/404.html")).contains("notice-translation"));

        assertEquals(ExitCodes.OK, run("translated", "404"));
        assertEquals(List.of(), warnings());
    }
}

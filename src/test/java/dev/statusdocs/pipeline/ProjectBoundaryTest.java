package dev.statusdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.statusdocs.TestProjects;
import dev.statusdocs.cli.MainForTests;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.sources.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Pages and sources are regular files inside the project: links, pipes and paths that lead out are errors. */
class ProjectBoundaryTest {
    private static final int INVALID_CONTENT = 1;

    @TempDir
    Path dir;
    private Path project;

    @BeforeEach
    void mergedProject() {
        project = TestProjects.copy("basic", dir.resolve("project"));
        assertEquals(0, MainForTests.run("merge", "--root", project.toString()));
    }

    private List<String> problems(String file) {
        Pipeline pipeline = new Pipeline(project);
        return pipeline.check(pipeline.load()).diagnostics().stream().filter(d -> d.file().equals(file))
                .map(Diagnostic::format).map(d -> d.split("\n")[0]).toList();
    }

    private void assertCheckAndBuildFail() {
        assertEquals(INVALID_CONTENT, MainForTests.run("check", "--root", project.toString()));
        assertEquals(INVALID_CONTENT, MainForTests.run("build", "--root", project.toString()));
        assertFalse(Files.exists(project.resolve("site")), "nothing published");
    }

    @Test
    void pageThatLinksToAFileOutsideTheProjectIsRefused() throws IOException {
        Path page = project.resolve("content/codes/200.md");
        Path outside = Files.move(page, dir.resolve("200.md"));
        Files.createSymbolicLink(page, outside);

        assertEquals(List.of("content/codes/200.md:1:1: error: 'content/codes/200.md' is a symbolic link; "
                + "statusdocs reads no links"), problems("content/codes/200.md"));
        assertCheckAndBuildFail();
    }

    @Test
    void glossaryAndSectionListThatLinkOutsideAreRefusedLikeEveryOtherDataFile() throws IOException {
        for (String file : List.of("content/glossary.yaml", "content/rfc-sections.yaml")) {
            Path outside = dir.resolve(Path.of(file).getFileName());
            Files.writeString(outside, "{}\n");
            Files.createSymbolicLink(project.resolve(file), outside);

            assertEquals(List.of(file + ":1:1: error: '" + file + "' is a symbolic link; statusdocs reads no links"),
                    problems(file));
        }
        assertCheckAndBuildFail();
    }

    @Test
    void pageThatLinksInsideTheProjectIsRefusedAsWell() throws IOException {
        Path page = project.resolve("content/codes/200.md");
        Files.move(page, project.resolve("content/200.txt"));
        Files.createSymbolicLink(page, Path.of("../200.txt"));

        assertEquals(List.of("content/codes/200.md:1:1: error: 'content/codes/200.md' is a symbolic link; "
                + "statusdocs reads no links"), problems("content/codes/200.md"));
        assertCheckAndBuildFail();
    }

    @Test
    void pagesInALinkedFolderOutsideTheProjectAreRefused() throws IOException {
        Path pages = project.resolve("content/codes");
        Files.createSymbolicLink(pages, Files.move(pages, dir.resolve("codes")));

        assertEquals(List.of("content/codes/404.md:1:1: error: 'content/codes/404.md' lies outside the project, "
                + "through a linked folder"), problems("content/codes/404.md"));
        assertCheckAndBuildFail();
    }

    @Test
    void sourceThatLinksOutsideIsReportedAtItsManifestEntry() throws IOException {
        Path source = project.resolve("content/sources/list.txt");
        Files.createSymbolicLink(source, Files.move(source, dir.resolve("list.txt")));

        assertEquals(List.of(SourceReader.MANIFEST + ":3:11: error: source 'list': 'content/sources/list.txt' is a "
                + "symbolic link; statusdocs reads no links"), problems(SourceReader.MANIFEST));
        assertCheckAndBuildFail();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void pipeNamedLikeAPageIsAnErrorInsteadOfAHang() throws Exception {
        Path pipe = project.resolve("content/codes/999.md");
        assumeTrue(makeFifo(pipe), "mkfifo is available");

        assertEquals(List.of("content/codes/999.md:1:1: error: 'content/codes/999.md' is not a regular file "
                + "(a pipe, socket or device)"), problems("content/codes/999.md"));
        assertCheckAndBuildFail();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void pipeThatAppearsWhileServingIsReportedOnReload() throws Exception {
        Pipeline pipeline = new Pipeline(project);
        Content before = pipeline.load();
        Path pipe = project.resolve("content/codes/999.md");
        assumeTrue(makeFifo(pipe), "mkfifo is available");

        Content after = pipeline.reloadPages(before, Set.of("content/codes/999.md"));
        assertEquals(List.of("content/codes/999.md:1:1: error: 'content/codes/999.md' is not a regular file "
                + "(a pipe, socket or device)"), after.diagnostics().stream()
                .filter(d -> d.file().equals("content/codes/999.md")).map(Diagnostic::format)
                .map(d -> d.split("\n")[0]).toList());
    }

    private static boolean makeFifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}

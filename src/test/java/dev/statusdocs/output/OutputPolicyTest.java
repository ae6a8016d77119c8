package dev.statusdocs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which output paths a build may write to, and what a refusal says; a refusal touches nothing. */
class OutputPolicyTest {
    @TempDir
    Path dir;
    private Path project;

    @BeforeEach
    void project() throws Exception {
        project = Files.createDirectories(dir.resolve("project/content"));
        project = project.getParent();
    }

    private String refusal(Path out) {
        return assertThrows(OutputRefusedException.class, () -> SiteWriter.open(out, project)).getMessage();
    }

    @Test
    void aFolderOfSomeoneElsesFilesIsRefusedByNameWithAFileItHoldsAndWhatToDo() throws Exception {
        Path x = Files.createDirectories(dir.resolve("x"));
        Files.writeString(x.resolve("important.txt"), "keep");
        String message = refusal(x);
        assertTrue(message.startsWith(x + " is not empty (it holds important.txt)"), message);
        assertTrue(message.contains("choose another folder with --out"), message);
        assertFalse(Files.exists(dir.resolve(".x.builds")));
    }

    @Test
    void theProjectReachedThroughALinkIsStillTheProject() throws Exception {
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), dir);
        String message = refusal(alias.resolve("project"));
        assertTrue(message.startsWith(project.toRealPath() + " is the project folder"), message);
    }

    @Test
    void aLinkWeDidNotMakeIsRefusedAndLeftPointingWhereItPointed() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("notes.txt"), "mine");
        Path link = Files.createSymbolicLink(dir.resolve("site"), elsewhere);
        assertTrue(refusal(link).contains("is a link that statusdocs did not make"));
        assertEquals(elsewhere, Files.readSymbolicLink(link));
    }

    @Test
    void aBuildsFolderWeDidNotMakeIsRefused() throws Exception {
        Path home = Files.createDirectories(dir.resolve(".site.builds"));
        Files.writeString(home.resolve("diary.txt"), "mine");
        String message = refusal(dir.resolve("site"));
        assertTrue(message.startsWith(home + " already exists and statusdocs did not make it"), message);
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void aFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("site"), "not a folder");
        assertTrue(refusal(file).startsWith(file + " is a file"));
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void aFolderInsideTheProjectIsAllowed() {
        try (SiteWriter writer = SiteWriter.open(project.resolve("site"), project)) {
            assertTrue(writer.site().endsWith("project/site"));
        }
    }
}

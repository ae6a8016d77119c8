package dev.statusdocs.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.text.Utf8;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {
    @TempDir
    Path root;

    @Test
    void aMissingRequiredFileIsReportedInTheCallersWordsAtItsFirstLine() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<Utf8.Decoded> read = new ProjectFiles(root).readRequired("content/x.yaml", "the x file is missing",
                diagnostics);
        assertTrue(read.isEmpty());
        assertEquals(List.of("content/x.yaml:1:1: error: the x file is missing"),
                diagnostics.stream().map(Diagnostic::format).map(line -> line.lines().findFirst().orElse("")).toList());
    }

    @Test
    void aRequiredFileThatIsALinkIsRefusedWithTheReasonNotCalledMissing() throws IOException {
        Files.writeString(root.resolve("real.yaml"), "a: 1\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(root.resolve("x.yaml"), root.resolve("real.yaml"));
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<Utf8.Decoded> read = new ProjectFiles(root).readRequired("x.yaml", "the x file is missing", diagnostics);
        assertTrue(read.isEmpty());
        assertEquals(1, diagnostics.size());
        assertTrue(diagnostics.get(0).format().contains("symbolic link"), diagnostics.get(0).format());
    }

    @Test
    void aRequiredFileIsDecodedAndABadByteIsLeftToTheCaller() throws IOException {
        Files.write(root.resolve("good.yaml"), "\uFEFFa: 1\n".getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("bad.yaml"), new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});
        List<Diagnostic> diagnostics = new ArrayList<>();
        ProjectFiles files = new ProjectFiles(root);
        assertEquals(Optional.of("a: 1\n"), files.readRequired("good.yaml", "missing", diagnostics).orElseThrow().text());
        Utf8.Decoded bad = files.readRequired("bad.yaml", "missing", diagnostics).orElseThrow();
        assertTrue(bad.problem().isPresent(), "the bad byte is reported to the caller");
        assertTrue(diagnostics.isEmpty(), diagnostics.toString());
    }
}

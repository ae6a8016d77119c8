package dev.statusdocs.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Finding;
import dev.statusdocs.pipeline.ContentLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same planted mistakes written as a Markdown table, CSV, HTML and JSON
 * (src/test/resources/sources/cross-format/planted.*): detection finds the same findings whatever the format.
 * Findings are compared without the line in their id, since a header row takes one line or two.
 */
class CrossFormatFindingsTest {
    private static final String PLANTED = "src/test/resources/sources/cross-format/planted.";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            md   | format: markdown-table ; fields: [code, phrase, text]
            csv  | format: csv ; columns: {code: Code, phrase: Reason phrase, text: Meaning}
            html | format: html-table ; selector: table.codes ; fields: [code, phrase, text]
            json | format: json ; columns: {code: status, phrase: reason, text: meaning}
            """)
    void everyFormatGivesTheFindingsOfTheMarkdownTable(String extension, String reading) throws IOException {
        Set<String> fromMarkdown = findings("md", "format: markdown-table ; fields: [code, phrase, text]");
        assertTrue(fromMarkdown.size() >= 8, fromMarkdown.toString());
        assertEquals(fromMarkdown, findings(extension, reading));
    }

    private Set<String> findings(String extension, String reading) throws IOException {
        Path project = Files.createTempDirectory(dir, extension);
        TestProjects.copy("findings-planted", project);
        Files.delete(project.resolve("content/sources/planted.md"));
        Files.copy(Path.of(PLANTED + extension), project.resolve("content/sources/planted." + extension));
        Path manifest = project.resolve("content/sources/manifest.yaml");
        String entry = TestProjects.read(manifest).replace("file: content/sources/planted.md\n    format: markdown-table"
                + "\n    fields: [code, phrase, text]", "file: content/sources/planted." + extension + "\n    "
                + String.join("\n    ", reading.split(" ; ")));
        TestProjects.write(manifest, entry);
        Content content = new ContentLoader(project).load();
        assertEquals(List.of(), content.diagnostics());
        List<Finding> found = new Detector().detect(content.specs(), content.claims(), content.registry(), List.of());
        return found.stream().map(CrossFormatFindingsTest::withoutLine).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String withoutLine(Finding finding) {
        return finding.id().replaceAll("-planted-\\d+$", "-planted") + " " + finding.severity() + " "
                + finding.evidence().stream().map(e -> e.source() + ":" + e.quote()).toList();
    }
}

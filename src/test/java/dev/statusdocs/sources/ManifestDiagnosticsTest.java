package dev.statusdocs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.TestProjects;
import dev.statusdocs.cli.MainForTests;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One manifest per failure mode (src/test/resources/manifests/MODE/manifest.yaml) dropped into the small project:
 * check reports exactly these diagnostics at the offending entry or field and exits with 1, never 70.
 */
class ManifestDiagnosticsTest {
    private static final int INVALID_CONTENT = 1;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fields-code-not-first | 5:22: error: 'code' must be the first of the fields
            fields-missing        | 2:5: error: missing required field 'fields'
            fields-scalar         | 5:13: error: expected a list, such as [a, b]
            fields-without-code   | 5:13: error: the fields have no 'code'
            fields-unknown-name   | 5:20: error: unknown field name 'phrse'
            fields-twice          | 5:26: error: the field 'text' is listed twice
            fields-not-read       | 13:5: error: format 'rfc-headings' takes no 'fields'
            file-nul              | 3:11: error: source 'list': 'content/sources/list\\u0000.txt' is not a usable file name (Nul character not allowed)
            file-missing          | 3:11: error: source 'list': 'content/sources/nope.txt' does not exist
            file-outside          | 3:11: error: source 'list': 'content/../../list.txt' points outside the project
            file-absolute         | 3:11: error: source 'list': '/etc/passwd' is an absolute path; only files inside the project are read
            file-folder           | 3:11: error: source 'list': 'content/sources' is a folder, not a file
            languages-empty       | 6:16: error: list at least one language, the main one first
            entry-empty           | 2:4: error: expected a mapping of fields here
            name-one-language     | 8:11: error: 'name' needs every language
            name-not-text         | 8:32: error: the name must be text
            columns-without-code  | 5:14: error: the columns have no 'code'
            selector-invalid      | 6:15: error: not a CSS selector jsoup can read: Did not find balanced marker at 'id'
            selector-not-read     | 6:5: error: format 'pipe-fields' takes no 'selector'
            """)
    void eachManifestProblemIsReportedAtItsEntry(String mode, String expected) throws IOException {
        TestProjects.copy("basic", dir);
        assertEquals(0, MainForTests.run("merge", "--root", dir.toString()));
        Files.copy(Path.of("src/test/resources/manifests", mode, "manifest.yaml"),
                dir.resolve(SourceReader.MANIFEST), StandardCopyOption.REPLACE_EXISTING);

        assertEquals(INVALID_CONTENT, MainForTests.run("check", "--root", dir.toString()));
        Pipeline pipeline = new Pipeline(dir);
        List<String> actual = pipeline.check(pipeline.load()).diagnostics().stream()
                .filter(d -> d.file().equals(SourceReader.MANIFEST))
                .map(Diagnostic::format).map(d -> d.split("\n")[0]).toList();
        List<String> wanted = Arrays.stream(expected.split(" ; "))
                .map(d -> SourceReader.MANIFEST + ":" + d.strip()).toList();
        assertEquals(wanted, actual);
    }
}

package dev.statusdocs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.TestProjects;
import dev.statusdocs.cli.MainForTests;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every source accounts for itself: one fixture per failure mode (src/test/resources/source-problems/MODE/,
 * laid over the small project) gives exactly these diagnostics, at these lines and columns, and this exit code.
 */
class SourceAccountingTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no-entries         | 1 | content/sources/manifest.yaml:18:11: error: source 'table': 'content/sources/table.md' yields no entries ; content/sources/table.md:3:1: warning: this line starts with a status code but is not part of any entry
            skipped-row        | 0 | content/sources/table.md:5:1: warning: this line starts with a status code but is not part of any entry
            wrong-cell-count   | 1 | content/sources/table.md:4:3: error: this row has 2 cell(s) but the manifest's fields [code, phrase, text] name 3
            code-outside-entry | 0 | content/sources/spec.md:3:1: warning: this line starts with a status code but is not part of any entry
            """)
    void eachSourceProblemIsReportedAtItsLineAndColumn(String mode, int exitCode, String expected) {
        TestProjects.copy("basic", dir);
        assertEquals(0, MainForTests.run("merge", "--root", dir.toString()));
        TestProjects.copyTree(Path.of("src/test/resources/source-problems", mode), dir);

        Pipeline pipeline = new Pipeline(dir);
        List<String> actual = pipeline.check(pipeline.load()).diagnostics().stream()
                .map(Diagnostic::format).map(d -> d.split("\n")[0]).toList();
        assertEquals(Arrays.stream(expected.split(" ; ")).map(String::strip).toList(), actual);
        assertEquals(exitCode, MainForTests.run("check", "--root", dir.toString()));
    }
}

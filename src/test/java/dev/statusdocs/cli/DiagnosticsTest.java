package dev.statusdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.TestProjects;
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
 * One fixture page per failure mode (src/test/resources/diagnostics/MODE/200.md) dropped into a small project:
 * check must report exactly these diagnostics, at these lines and columns, and exit non-zero.
 */
class DiagnosticsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            yaml-syntax         | 6:9: error: YAML syntax error: expected <block end>, but found '<scalar>' (while parsing a block mapping)
            unknown-field       | 2:1: error: missing required field 'summary' ; 11:1: error: unknown field 'sumary'
            wrong-type          | 14:10: error: 'related' must be a list of codes, such as [401, 407]
            missing-field       | 2:1: error: missing required field 'status'
            file-name           | 2:7: error: the file name does not match code 201
            invalid-code        | 2:7: error: code must be a three-digit number, found 'twenty'
            missing-section     | 21:1: error: missing language section '## 中文'
            broken-link         | 20:31: error: link to a code page that does not exist: 299.md
            raw-html            | 20:24: error: raw HTML is not allowed: <script> ; 20:40: error: raw HTML is not allowed: </script>
            not-utf8            | 25:1: error: bytes that are not UTF-8 (0xFF)
            dangling-resolution | 16:5: error: resolution of a finding that does not exist: 'spelling-200-nowhere-1'
            radical             | 24:3: error: Kangxi radical '⽤' where an ordinary character belongs
            gloss               | 20:7: error: the gloss for 'zh-pdf' has no text ; 20:16: error: unknown field 'fr' ; 21:7: error: the gloss for 'en-list' has no text ; 25:14: error: 'glosses' must map a source id to its gloss
            heading-outline     | 38:1: error: the heading '客户端应如何处理' is a '####' heading, but the English heading at its place, 'What a client should do', is a '###' heading
            heading-id          | 22:1: error: the heading 'Findings' gives the id 'findings', which the page already uses for its own section ; 26:1: error: the heading '???' gives no id for links to it
            """)
    void eachFailureModeIsReportedAtItsLineAndColumn(String mode, String expected) throws IOException {
        TestProjects.copy("basic", dir);
        assertEquals(ExitCodes.OK, Main.run("merge", "--root", dir.toString()));
        Files.copy(Path.of("src/test/resources/diagnostics", mode, "200.md"), dir.resolve("content/codes/200.md"),
                StandardCopyOption.REPLACE_EXISTING);

        Pipeline pipeline = new Pipeline(dir);
        List<String> actual = pipeline.check(pipeline.load()).diagnostics().stream()
                .map(Diagnostic::format).map(d -> d.split("\n")[0]).toList();
        List<String> wanted = Arrays.stream(expected.split(" ; "))
                .map(d -> "content/codes/200.md:" + d.strip()).toList();
        assertEquals(wanted, actual);
        assertEquals(ExitCodes.INVALID_CONTENT, Main.run("check", "--root", dir.toString()));
    }
}

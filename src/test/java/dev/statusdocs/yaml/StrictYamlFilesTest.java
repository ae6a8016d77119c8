package dev.statusdocs.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import dev.statusdocs.cli.MainForTests;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every YAML file the project reads, as the command line sees it: a key given twice is an error, a BOM is not. */
class StrictYamlFilesTest {
    private static final int OK = 0;
    private static final int INVALID_CONTENT = 1;

    @TempDir
    Path dir;

    @BeforeEach
    void mergedProject() {
        TestProjects.copy("basic", dir);
        assertEquals(OK, MainForTests.run("merge", "--root", dir.toString()));
    }

    /** The exit code of one command and what it printed on stderr. */
    private record Run(int exit, String err) {
    }

    private Run run(String command) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = MainForTests.run(command, "--root", dir.toString());
            return new Run(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            content/codes/200.md          | class       | check
            content/sources/manifest.yaml | format      | check
            content/registry-notes.yaml   | last_updated | check
            content/site.yaml             | branch      | build
            templates/strings.yaml        | nav.skip    | build
            """)
    void aKeyGivenTwiceIsAnErrorAtTheSecondNamingTheFirst(String file, String key, String command) {
        Path path = dir.resolve(file);
        List<String> lines = new ArrayList<>(TestProjects.read(path).lines().toList());
        Pattern keyLine = Pattern.compile("^(\\s*-?\\s*)" + Pattern.quote(key) + ":.*");
        int first = 0;
        while (!keyLine.matcher(lines.get(first)).matches()) {
            first++;
        }
        String line = lines.get(first);
        int column = line.indexOf(key) + 1;
        lines.add(first + 1, " ".repeat(column - 1) + line.substring(column - 1));
        TestProjects.write(path, String.join("\n", lines) + "\n");

        Run run = run(command);
        assertEquals(INVALID_CONTENT, run.exit(), run.err());
        String expected = file + ":" + (first + 2) + ":" + column + ": error: duplicate key '" + key
                + "'; the first is at line " + (first + 1) + ", column " + column;
        assertTrue(run.err().lines().anyMatch(expected::equals), expected + "\nin:\n" + run.err());
    }

    @Test
    void aByteOrderMarkAtTheStartOfAnyFileIsIgnoredLikeTheSourceParsersIgnoreIt() {
        for (String file : List.of("content/codes/200.md", "content/sources/manifest.yaml", "content/sources/list.txt",
                "content/registry.csv", "content/registry-notes.yaml", "content/site.yaml", "templates/strings.yaml")) {
            Path path = dir.resolve(file);
            TestProjects.write(path, "\uFEFF" + TestProjects.read(path));
        }

        Run check = run("check");
        assertEquals(OK, check.exit(), check.err());
        assertEquals("", check.err());
        Run build = run("build");
        assertEquals(OK, build.exit(), build.err());
        assertTrue(TestProjects.read(dir.resolve("site/en/200.html")).contains("<h1"), "the page is published");
    }
}

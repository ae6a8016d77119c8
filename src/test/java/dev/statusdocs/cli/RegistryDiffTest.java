package dev.statusdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.TestProjects;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code registry diff} on the fixture pair under src/test/resources/registry-diff/ and on malformed files. */
class RegistryDiffTest {
    private static final Path FIXTURES = Path.of("src/test/resources/registry-diff");

    @TempDir
    Path dir;

    private record Run(int exit, List<String> out, List<String> err) {
    }

    @BeforeEach
    void ourRegistry() {
        TestProjects.copyTree(FIXTURES.resolve("ours.csv"), dir.resolve("content/registry.csv"));
    }

    private Run diff(String fixture) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = InProject.run(dir, "registry", "diff", FIXTURES.resolve(fixture).toString());
            return new Run(exit, out.toString(StandardCharsets.UTF_8).lines().toList(),
                    err.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    /** The diagnostics printed, without their hints and what the test's agents print. */
    private static List<String> errors(Run run) {
        return run.err().stream().filter(line -> line.contains(": error: ")).toList();
    }

    @Test
    void aNewerFileListsEachAddedRemovedRenamedAndReReferencedCodeOnALineInCodeOrder() {
        Run run = diff("newer.csv");
        assertEquals(List.of(
                "104 added: \"Example Temporary (TEMPORARY - registered 2026-01-05, expires 2027-01-05)\""
                        + " [draft-example-http-status]",
                "413 renamed: \"Content Too Large\" -> \"Payload Too Large\"",
                "418 renamed: \"(Unused)\" -> \"Example Teapot\"",
                "418 re-referenced: [RFC9110, Section 15.5.19] -> [RFC9999, Section 4]",
                "420 added: \"Example Added Code\" [RFC9999, Section 3]",
                "425 re-referenced: [RFC8470, Section 5.2] -> [RFC8470]",
                "510 removed: \"Not Extended (OBSOLETED)\" [RFC2774, Section 7]",
                "registry diff: 2 added, 1 removed, 2 renamed, 2 re-referenced in " + FIXTURES.resolve("newer.csv")
                        + " against content/registry.csv"), run.out());
        assertEquals(List.of(), errors(run));
        assertEquals(ExitCodes.STALE, run.exit());
    }

    @Test
    void theSameRegistryHasNoDifferencesAndExitsZero() {
        Run run = diff("ours.csv");
        assertEquals(List.of("registry diff: content/registry.csv and " + FIXTURES.resolve("ours.csv")
                + " list the same codes, names and references"), run.out());
        assertEquals(ExitCodes.OK, run.exit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong-header.csv   | 1:1: error: expected IANA's header row Value,Description,Reference, found Code,Description,Reference
            bad-value.csv      | 3:1: error: '2xx' is neither a code from 100 to 599 nor a range of them
            bad-quoting.csv    | 2:1: error: unreadable CSV in this row: Missing closing quote for value (reading stopped at line 4)
            unquoted-comma.csv | 2:1: error: expected 3 fields (Value, Description, Reference), found 4
            gap.csv            | 4:1: error: no row covers 201-299, before this one
            """)
    void aMalformedFileIsAnErrorAtItsLineAndColumn(String fixture, String expected) {
        Run run = diff(fixture);
        assertEquals(List.of(FIXTURES.resolve(fixture) + ":" + expected), errors(run));
        assertEquals(List.of(), run.out());
        assertEquals(ExitCodes.INVALID_CONTENT, run.exit());
    }

    @Test
    void aFileThatIsNotThereIsAUsageError() {
        assertEquals(ExitCodes.USAGE, diff("no-such-file.csv").exit());
    }

    @Test
    void theRootGoesWithDiffNotWithRegistry() {
        String file = FIXTURES.resolve("ours.csv").toString();

        assertEquals(ExitCodes.USAGE, Main.run("registry", "--root", dir.toString(), "diff", file));
        assertEquals(0, Main.run("registry", "diff", "--root", dir.toString(), file));
    }
}

package dev.statusdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.TestProjects;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vendor data and the pages must agree; each disagreement is reported where it can be fixed. */
class VendorChecksTest {
    private static final String VENDORS = """
            vendors:
              - id: nginx
                name: "nginx"
                site: "https://nginx.org/"
            codes:
            """;
    private static final String ROW = """
              - code: %d
                vendor: nginx
                name: "Some Name"
                docs: "https://nginx.org/en/docs/"
                checked: 2026-01-01
            """;
    private static final String NOTE = "    note: {en: \"Another meaning.\", zh: \"另一种含义。\"}\n";

    @TempDir
    Path dir;

    @Test
    void matchingDataAndPagesPass() {
        project();
        TestProjects.write(dir.resolve("content/vendors.yaml"), VENDORS + ROW.formatted(444) + ROW.formatted(451) + NOTE);
        assertEquals(List.of(), vendorProblems());
    }

    @Test
    void eachDisagreementIsReportedAtTheRowOrThePage() {
        project();
        assertEquals(ExitCodes.OK, Main.run("new", "445", "--root", dir.toString()));
        TestProjects.write(dir.resolve("content/vendors.yaml"),
                VENDORS + ROW.formatted(444) + NOTE + ROW.formatted(451) + ROW.formatted(499));
        assertEquals(List.of(
                "content/codes/445.md:7:1: error: unofficial code 445 has no vendor in content/vendors.yaml",
                "content/vendors.yaml:6:5: error: a note is only for a reuse of a registered number; code 444 is not registered",
                "content/vendors.yaml:12:5: error: code 451 is registered, so vendor 'nginx' reuses its number: the row needs a note",
                "content/vendors.yaml:17:5: error: code 499 has vendor data but no page"), vendorProblems());
        assertEquals(ExitCodes.INVALID_CONTENT, Main.run("check", "--root", dir.toString()));
    }

    @Test
    void aProjectWithoutVendorDataHoldsNoPageToIt() {
        project();
        assertEquals(List.of(), vendorProblems());
    }

    /** The basic fixture with its pages and an unofficial page for 444. */
    private void project() {
        TestProjects.copy("basic", dir);
        assertEquals(ExitCodes.OK, Main.run("merge", "--root", dir.toString()));
        assertEquals(ExitCodes.OK, Main.run("new", "444", "--root", dir.toString()));
    }

    private List<String> vendorProblems() {
        Pipeline pipeline = new Pipeline(dir);
        return pipeline.check(pipeline.load()).diagnostics().stream()
                .filter(d -> d.file().equals("content/vendors.yaml") || d.message().contains("vendor"))
                .map(Diagnostic::format).map(d -> d.split("\n")[0]).toList();
    }
}

package dev.statusdocs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.TestProjects;
import dev.statusdocs.cli.MainForTests;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.pipeline.Pipeline;
import dev.statusdocs.registry.RegistryReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check refuses a link to an RFC section that the RFC does not have, at the section number in the link. */
class RfcSectionLinksTest {
    private static final String PAGE = "content/codes/404.md";

    @TempDir
    Path dir;
    private int lines;

    @BeforeEach
    void mergedProjectWithSectionList() {
        TestProjects.copy("basic", dir);
        MainForTests.run("merge", "--root", dir.toString());
        TestProjects.write(dir.resolve(RfcSections.FILE), """
                rfcs:
                  - rfc: 9110
                    from: "test"
                    sections: ["15.3.1", "15.5.5"]
                  - rfc: 6585
                    from: "test"
                    sections: ["4"]
                  - rfc: 7725
                    from: "test"
                    sections: ["3"]
                """);
        lines = (int) TestProjects.read(dir.resolve(PAGE)).lines().count();
    }

    private List<String> errors() {
        Pipeline pipeline = new Pipeline(dir);
        return pipeline.check(pipeline.load()).diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.file() + ":" + d.line() + ":" + d.column() + ": " + d.message()).toList();
    }

    @Test
    void aLinkToASectionTheRfcDoesNotHaveIsAnErrorAtItsSectionNumber() {
        Path page = dir.resolve(PAGE);
        TestProjects.write(page, TestProjects.read(page)
                + "\nSee [it](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5) and"
                + " [this](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.99).\n");

        assertEquals(List.of(PAGE + ":" + (lines + 2) + ":133: RFC 9110 has no section 15.5.99"), errors());
    }

    @Test
    void aSectionTheIanaRegistryCitesIsCheckedLikeALink() {
        Path registry = dir.resolve(RegistryReader.FILE);
        TestProjects.write(registry, TestProjects.read(registry).replace("[RFC9110, Section 15.3.1]",
                "[RFC9110, Section 15.3.99]"));

        // The page that cites the code's old section is told to follow the registry as well.
        assertEquals(List.of(RegistryReader.FILE + ":3:27: RFC 9110 has no section 15.3.99"),
                errors().stream().filter(error -> error.startsWith(RegistryReader.FILE)).toList());
    }

    @Test
    void aLinkToAnRfcWithoutASectionListIsAnError() {
        Path page = dir.resolve(PAGE);
        TestProjects.write(page, TestProjects.read(page)
                + "\n[x](https://www.rfc-editor.org/rfc/rfc2616.html#section-10.4.5)\n");

        assertEquals(List.of(PAGE + ":" + (lines + 2) + ":57: no section list for RFC 2616"), errors());
    }

    @Test
    void aSectionNumberThatIsNotOneIsAnErrorInTheList() {
        TestProjects.write(dir.resolve(RfcSections.FILE), """
                rfcs:
                  - rfc: 9110
                    from: "test"
                    sections: ["15.3.1", "15.5.5", "section 4"]
                  - rfc: 6585
                    from: "test"
                    sections: ["4"]
                  - rfc: 7725
                    from: "test"
                    sections: ["3"]
                """);

        assertEquals(List.of("content/rfc-sections.yaml:4:36: 'section 4' is not a section number"), errors());
    }
}

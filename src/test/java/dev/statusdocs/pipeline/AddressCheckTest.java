package dev.statusdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.TestProjects;
import dev.statusdocs.cli.MainForTests;
import dev.statusdocs.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check refuses every address the site may not emit, at the place it is written. */
class AddressCheckTest {
    @TempDir
    Path dir;

    private List<String> errors() {
        Pipeline pipeline = new Pipeline(dir);
        return pipeline.check(pipeline.load()).diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.file() + ":" + d.line() + ":" + d.column() + ": " + d.message()).toList();
    }

    private Path mergedProject() {
        TestProjects.copy("basic", dir);
        MainForTests.run("merge", "--root", dir.toString());
        return dir;
    }

    @Test
    void encodedJavascriptLinksInAPageAreErrorsAtTheirLink() {
        Path page = mergedProject().resolve("content/codes/404.md");
        String text = TestProjects.read(page);
        int lines = (int) text.lines().count();
        TestProjects.write(page, text + "\nSee [x](&#106;avascript:alert(1)) and\n[y](javascript\\:alert(2)).\n");

        assertEquals(List.of(
                "content/codes/404.md:" + (lines + 2) + ":5: the address 'javascript:alert(1)' uses the scheme"
                        + " 'javascript:', which the site does not allow",
                "content/codes/404.md:" + (lines + 3) + ":1: the address 'javascript:alert(2)' uses the scheme"
                        + " 'javascript:', which the site does not allow"), errors());
    }

    @Test
    void aRepositoryThatIsNotAWebAddressIsAnErrorAtItsValue() {
        TestProjects.write(mergedProject().resolve("content/site.yaml"),
                "branch: main\nrepository: javascript:alert(1)//\nbase_url: https://docs.example/\n");

        assertEquals(List.of("content/site.yaml:2:13: repository: the address 'javascript:alert(1)//' uses the scheme"
                + " 'javascript:', which the site does not allow"), errors());
    }
}

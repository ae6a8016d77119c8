package dev.statusdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check's summary counts the citation links on the pages, with the smallest and median count per page. */
class CitationSummaryTest {
    @TempDir
    Path dir;

    private void addBefore(String page, String heading, String markdown) {
        Path file = dir.resolve("content/codes/" + page);
        TestProjects.write(file, TestProjects.read(file).replace(heading, markdown + "\n\n" + heading));
    }

    @Test
    void checkPrintsTheCitationLinksOfAllPagesBeforeItsLastLine() {
        TestProjects.copy("basic", dir);
        assertEquals(ExitCodes.OK, InProject.run(dir, "merge"));
        addBefore("404.md", "## 中文", "See [RFC 9110, Section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110.html"
                + "#section-15.5.5), [RFC 9110, Section 15.5](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5)"
                + " and [a blog](https://example.com/404).");
        addBefore("200.md", "## 中文", "See [the draft](https://datatracker.ietf.org/doc/html/rfc6585) and [404](404.md).");
        StringWriter out = new StringWriter();

        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute("check", "--root", dir.toString());

        assertEquals(ExitCodes.OK, exit);
        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of("citations: 3 links on 4 pages (per page: min 0, median 0.5)",
                "check: 4 pages, 5 claims, no errors"), lines.subList(lines.size() - 2, lines.size()));
    }
}

package dev.statusdocs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.TestProjects;
import dev.statusdocs.cli.MainForTests;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check holds the Chinese text of every page to the glossary and the house rules, at the offending character. */
class ChineseStyleTest {
    private static final String PAGE = "content/codes/404.md";
    private static final String GLOSSARY = """
            terms:
              - en: "origin server"
                zh: "源服务器"
                rejected: ["源站"]
              - en: "header field"
                zh: "头部字段"
                rejected: ["首部"]
                after_code: ["响应头"]
            """;

    @TempDir
    Path dir;
    private int lines;

    @BeforeEach
    void mergedProjectWithGlossary() {
        TestProjects.copy("basic", dir);
        MainForTests.run("merge", "--root", dir.toString());
        TestProjects.write(dir.resolve(Glossary.FILE), GLOSSARY);
        lines = (int) TestProjects.read(dir.resolve(PAGE)).lines().count();
    }

    /** Appends lines to the page's last section, which is the Chinese one. */
    private void appendToChinese(String text) {
        Path page = dir.resolve(PAGE);
        TestProjects.write(page, TestProjects.read(page) + "\n" + text + "\n");
    }

    private List<String> errors() {
        Pipeline pipeline = new Pipeline(dir);
        return pipeline.check(pipeline.load()).diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.file() + ":" + d.line() + ":" + d.column() + ": " + d.message()).toList();
    }

    private String at(int line, int column, String message) {
        return PAGE + ":" + (lines + line) + ":" + column + ": " + message;
    }

    @Test
    void chineseNextToLatinOrDigitsWithoutASpaceIsAnErrorButNotInCodeOrQuotes() {
        appendToChinese("服务器返回404页面。\n\n`返回404` 和“返回404”照原样。");

        assertEquals(List.of(
                at(2, 6, "put a space between Chinese and Latin letters or digits: write '回 4'"),
                at(2, 9, "put a space between Chinese and Latin letters or digits: write '4 页'")), errors());
    }

    @Test
    void aSpaceBesideFullWidthPunctuationIsAnErrorButNotInABlockQuote() {
        appendToChinese("名称是 “Found” 和它。\n\n> 来源写的是 “Found” 和它。");

        assertEquals(List.of(
                at(2, 4, "no space before full-width punctuation: write '“'"),
                at(2, 12, "no space after full-width punctuation: write '”'")), errors());
    }

    @Test
    void asciiPunctuationAfterChineseIsAnErrorButNotInALinkTarget() {
        appendToChinese("详见下文: [说明](https://example.com/说明(1))。");

        assertEquals(List.of(at(2, 5, "ASCII ':' after Chinese text: write '文：'")), errors());
    }

    @Test
    void aRejectedTermIsAnErrorWithThePreferredOneButNotInASourceQuote() {
        appendToChinese("请求转发到源站。有资料写作“源站”，照录。");

        assertEquals(List.of(at(2, 6, "'源站' is not the glossary's term for origin server: write '源服务器'")),
                errors());
    }

    @Test
    void aHeaderFieldNamedInACodeSpanIsAHeaderFieldButTheResponseHeadersStayResponseHeaders() {
        appendToChinese("带上 `Retry-After` 响应头。在响应头中加上 `Retry-After`。");

        assertEquals(List.of(at(2, 18, "after a name in a code span, '响应头' is not the glossary's term for header"
                + " field: write '头部字段'")), errors());
    }

    @Test
    void aRejectedTermInTheChineseSummaryIsReportedAtItsColumn() {
        Path page = dir.resolve(PAGE);
        String text = TestProjects.read(page);
        int summary = text.lines().toList().indexOf(text.lines().filter(l -> l.startsWith("  zh: ")).skip(1)
                .findFirst().orElseThrow()) + 1;
        String line = text.lines().toList().get(summary - 1);
        TestProjects.write(page, text.replace(line, "  zh: \"由源站返回。\""));

        assertEquals(List.of(PAGE + ":" + summary + ":9: '源站' is not the glossary's term for origin server:"
                + " write '源服务器'"), errors());
    }

    @Test
    void aGlossaryTermWithoutItsChineseOrWithAVariantTwiceIsAnErrorInTheGlossary() {
        TestProjects.write(dir.resolve(Glossary.FILE), """
                terms:
                  - en: "origin server"
                    rejected: ["源站"]
                  - en: "origin"
                    zh: "源"
                    rejected: ["来源", "来源"]
                """);

        assertEquals(List.of(
                "content/glossary.yaml:2:5: missing required field 'zh'",
                "content/glossary.yaml:2:5: the preferred term is empty",
                "content/glossary.yaml:6:22: '来源' is rejected twice or is the preferred term itself"), errors());
    }
}

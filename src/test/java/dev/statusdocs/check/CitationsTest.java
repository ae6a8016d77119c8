package dev.statusdocs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import dev.statusdocs.cli.MainForTests;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check warns about a requirement that no citation link in its sentence or list item backs, at its first word. */
class CitationsTest {
    private static final String PAGE = "content/codes/404.md";
    private static final String RFC_LINK = "[RFC 9110, Section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5)";
    private static final String RFC_LINK_ZH = "[RFC 9110 第 15.5.5 节](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5)";

    @TempDir
    Path dir;
    /** The line of the page just before its Chinese heading, and the last line of the page. */
    private int beforeChinese;
    private int last;

    @BeforeEach
    void mergedProject() {
        TestProjects.copy("basic", dir);
        MainForTests.run("merge", "--root", dir.toString());
        List<String> lines = TestProjects.read(dir.resolve(PAGE)).lines().toList();
        beforeChinese = lines.indexOf("## 中文");
        last = lines.size();
    }

    /** Puts paragraphs at the end of the English section, before the Chinese heading. */
    private void addToEnglish(String markdown) {
        Path page = dir.resolve(PAGE);
        TestProjects.write(page, TestProjects.read(page).replace("## 中文", markdown + "\n\n## 中文"));
    }

    private void addToChinese(String markdown) {
        Path page = dir.resolve(PAGE);
        TestProjects.write(page, TestProjects.read(page) + "\n" + markdown + "\n");
    }

    private List<String> warnings() {
        Pipeline pipeline = new Pipeline(dir);
        return pipeline.check(pipeline.load()).diagnostics().stream()
                .filter(d -> !d.isError() && d.message().contains("states a requirement"))
                .map(d -> d.file() + ":" + d.line() + ":" + d.column() + ": " + d.message()).toList();
    }

    private List<String> hints() {
        Pipeline pipeline = new Pipeline(dir);
        return pipeline.check(pipeline.load()).diagnostics().stream()
                .filter(d -> d.message().contains("states a requirement")).map(d -> d.hint().orElse("")).toList();
    }

    private static String at(int line, int column, String word, String unit) {
        return PAGE + ":" + line + ":" + column + ": '" + word + "' states a requirement, but its " + unit
                + " links no RFC section or vendor document";
    }

    @Test
    void anEnglishMustWithoutALinkInItsSentenceIsAWarningAtTheWord() {
        addToEnglish("It is gone. The server MUST NOT send it again. " + RFC_LINK + " has the rule.");

        assertEquals(List.of(at(beforeChinese + 1, 24, "MUST NOT", "sentence")), warnings());
    }

    @Test
    void aCitationLinkInTheSameSentenceCoversItButAnotherLinkDoesNot() {
        addToEnglish("The server MUST NOT send it again (see e.g. " + RFC_LINK + ").\n\n"
                + "A client must not retry, see [the list](https://example.com/rules) or [200](200.md).");

        assertEquals(List.of(at(beforeChinese + 3, 10, "must not", "sentence")), warnings());
    }

    @Test
    void lowerCaseMustCountsButLowerCaseShouldIsAdviceAndDoesNot() {
        addToEnglish("You should log it. A proxy must forward it. You should not retry.");

        assertEquals(List.of(at(beforeChinese + 1, 28, "must", "sentence"),
                at(beforeChinese + 1, 49, "should not", "sentence")), warnings());
    }

    @Test
    void aChineseRequirementWithoutALinkIsAWarningButNotWithOneOrWhenItIsNoRequirement() {
        addToChinese("服务器必须返回 404。客户端应当（SHOULD）按 " + RFC_LINK_ZH + "处理。客户端不得不重试。");

        assertEquals(List.of(at(last + 2, 4, "必须", "sentence")), warnings());
        assertTrue(hints().get(0).contains("[RFC 9110 第 15.5.17 节](https://www.rfc-editor.org/rfc/rfc9110.html"
                + "#section-15.5.17)"), hints().get(0));
    }

    @Test
    void aChineseGlossInCapitalsIsARequirementToo() {
        addToChinese("服务器可以（MAY）忽略它。");

        assertEquals(List.of(at(last + 2, 7, "MAY", "sentence")), warnings());
    }

    @Test
    void requirementWordsInCodeQuotesAndBlockQuotesAreTheSourcesNotOurs() {
        addToEnglish("Write `MUST` in code. One source says \"the client must retry\", which is wrong.\n\n"
                + "> The server MUST send it.");
        addToChinese("资料写的是“客户端必须重试”，`必须` 也照录。");

        assertEquals(List.of(), warnings());
    }

    @Test
    void aListItemIsOneStatementThatALinkAnywhereInItCovers() {
        addToEnglish("- The server MUST send it. That is " + RFC_LINK + ".\n- A client must not cache it.");

        assertEquals(List.of(at(beforeChinese + 2, 12, "must not", "list item")), warnings());
    }
}

package dev.statusdocs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTableParserTest {
    private final MarkdownTableParser parser = new MarkdownTableParser();

    @Test
    void headerAndDelimiterRowsAreNotEntries() {
        ParseResult result = parser.parse(SourceSpecs.of("markdown-table", Lang.ZH, "code", "phrase", "text"),
                "# 标题\n\n| 状态码 | 短语 | 含义 |\n| --- | --- | --- |\n| 200 | OK | 成功。 |\n| 404 | Not Found | 找不到。 |\n");
        assertEquals(List.of(5, 6), result.claims().stream().map(Claim::line).toList());
        assertEquals("找不到。", result.claims().get(1).text());
    }

    @Test
    void escapedPipeStaysInsideTheCell() {
        assertEquals(List.of("200", "a | b", "c"), MarkdownTableParser.cells("| 200 | a \\| b | c |"));
    }

    @Test
    void rowWithoutCodeIsADiagnosticNotAClaim() {
        ParseResult result = parser.parse(SourceSpecs.of("markdown-table", Lang.ZH, "code", "phrase", "text"),
                "| a | b | c |\n|---|---|---|\n| 2xx | 成功 | 类别 |\n");
        assertEquals(0, result.claims().size());
        assertEquals(3, result.diagnostics().get(0).line());
    }
}

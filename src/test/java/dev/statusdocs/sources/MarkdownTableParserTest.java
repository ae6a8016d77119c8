package dev.statusdocs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.model.Lang;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables modelled on the GFM specification's table examples (src/test/resources/sources/gfm/NAME.md), each
 * against the claims and diagnostics written by hand from the specification's rules in NAME.md.expected.
 */
class MarkdownTableParserTest {
    private final MarkdownTableParser parser = new MarkdownTableParser();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"basic", "alignment-without-outer-pipes", "escaped-pipes", "ends-at-block-quote",
        "line-without-pipes-after-a-table", "header-and-delimiter-differ", "wrong-cell-count", "header-only",
        "one-hyphen-and-trailing-spaces", "bom-crlf-two-tables"})
    void gfmTableVariantsGiveTheirClaimsAtTheirLines(String name) throws IOException {
        Golden.assertMatches(parser, "markdown-table", Path.of("src/test/resources/sources/gfm", name + ".md"));
    }

    @Test
    void delimiterCellsOfOneHyphenWithColonsMakeATable() {
        ParseResult result = parser.parse(SourceSpecs.of("markdown-table", Lang.ZH, "code", "phrase", "text"),
                "| 状态码 | 短语 | 含义 |\n| :-- | :-- | :-- |\n| 200 | OK | 成功。 |\n");
        assertEquals(List.of("3 200 s0 | OK | 成功。"), Golden.lines(result));
    }

    @Test
    void rowWithoutCodeIsADiagnosticNotAClaim() {
        ParseResult result = parser.parse(SourceSpecs.of("markdown-table", Lang.ZH, "code", "phrase", "text"),
                "| a | b | c |\n|---|---|---|\n| 2xx | 成功 | 类别 |\n");
        assertEquals(List.of("3:3: error: expected a three-digit status code in the first column, found '2xx'"),
                Golden.lines(result));
    }
}

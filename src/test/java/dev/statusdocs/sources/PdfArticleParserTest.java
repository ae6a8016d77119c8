package dev.statusdocs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfArticleParserTest {
    private final PdfArticleParser parser = new PdfArticleParser();

    private List<String> entries(String text) {
        return parser.parse(SourceSpecs.of("pdf-article", Lang.ZH), text).claims().stream()
                .map(c -> c.line() + " " + c.code() + " " + c.phrase().orElse("-")).toList();
    }

    @Test
    void classLinesSectionHeadingsAndDatesAreNotEntries() {
        assertEquals(List.of("7 200 -"), entries("2023年11月28日发\n\n4xx - 请求错误。\n\n3系列(重定向)\n\n200 - 成功返回。\n"));
    }

    @Test
    void headingEntryGathersProseUntilTheNextHeading() {
        String text = "201 Created\n\n请求成功，并创建了新的资源。假如资源无法及时\n\n建立的话，应返回 202。\n\n"
                + "204响应一样，这一行是正文。\n\n202 Accepted\n\n已接受。\n";
        List<Claim> claims = parser.parse(SourceSpecs.of("pdf-article", Lang.ZH), text).claims();
        assertEquals(2, claims.size());
        assertEquals("请求成功，并创建了新的资源。假如资源无法及时建立的话，应返回 202。\n204响应一样，这一行是正文。",
                claims.get(0).text());
    }

    @Test
    void numberInRunningProseIsNotAnEntry() {
        assertEquals(List.of("1 404 Not Found"), entries("404 Not Found\n\n这个 404 状态码很常见，\n\n500 次请求中有一次。\n"));
    }

    @Test
    void codeGluedToItsPhraseIsStillAHeading() {
        assertEquals(List.of("1 421 Too many connections"), entries("421Too many connections\n\n连接数过多。\n"));
    }

    @Test
    void namedItemsTakeTheirNameFromTheParentheses() {
        assertEquals(List.of("1 404 未找到", "3 505 HTTP 版本不受支持"),
                entries("404 (未找到) 服务器找不到请求的网页。\n\n505 HTTP 版本不受支持) 服务器不支持该版本。\n"));
    }
}

package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.content.PageReader;
import dev.statusdocs.model.CodeExamples;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Exchanges are highlighted at build time, their text escaped, and http blocks in pages are checked. */
class HttpHighlightingTest {
    private static final String EXCHANGE = "POST /a?x=1&y=2 HTTP/1.1\nHost: example.com\nContent-Length: 21\n\n"
            + "<script>a&b</script>\n\nHTTP/1.1 400 Bad Request\nContent-Length: 0";

    @Test
    void anHttpBlockInMarkdownIsHighlightedAndItsTextEscaped() {
        String html = new MarkdownEngine().toHtml("```http\n" + EXCHANGE + "\n```\n");
        assertTrue(html.contains("&lt;script&gt;a&amp;b&lt;/script&gt;"), html);
        assertTrue(html.contains("/a?x=1&amp;y=2"), html);
        assertFalse(html.contains("<script>"), html);
        Document page = Jsoup.parseBodyFragment(html);
        assertEquals(List.of("POST"), page.select("pre.http .http-method").eachText());
        assertEquals(List.of("400"), page.select("pre.http .http-status").eachText());
        assertEquals(List.of("Host", "Content-Length", "Content-Length"), page.select(".http-name").eachText());
        assertEquals(EXCHANGE, page.selectFirst("pre.http").wholeText());
    }

    @Test
    void otherFencedBlocksAreLeftToFlexmark() {
        String html = new MarkdownEngine().toHtml("```json\n{\"a\": \"<b>\"}\n```\n");
        assertTrue(html.contains("<pre><code class=\"language-json\">{&quot;a&quot;: &quot;&lt;b&gt;&quot;}"), html);
    }

    @Test
    void theExamplesTemplateEscapesTheHighlightedTextAndTheTextToCopy() {
        CodeExamples examples = new CodeExamples(400, List.of(new CodeExamples.Example(
                Map.of(Lang.EN, "Caption <i>&", Lang.ZH, "说明"), EXCHANGE, Map.of(), 7, 10)), Map.of(), 2, 5);
        Map<String, Object> context = new HashMap<>();
        context.put("examples", ExampleViews.of(Lang.EN, examples));
        context.put("t", Map.of("example.title", "Example", "copy.copy", "Copy"));
        String html = new String(new PebbleTemplates(Path.of("templates")).render("examples", context),
                StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>") || html.contains("<i>"), html);
        Document page = Jsoup.parseBodyFragment(html);
        Element button = page.selectFirst("button.copy-button");
        assertEquals(EXCHANGE, button.attr("data-copy"));
        assertEquals(EXCHANGE, page.selectFirst("pre.http").wholeText());
        assertEquals(List.of("<script>a&b</script>"), page.select(".http-body").eachText());
        assertEquals("Caption <i>&", page.selectFirst("figcaption").text());
    }

    @Test
    void anHttpBlockThatDoesNotParseIsReportedAtItsLineInThePage() throws IOException {
        String text = Files.readString(Path.of("content/codes/426.md"), StandardCharsets.UTF_8);
        String broken = text.replaceFirst("\nUpgrade: websocket\n", "\nUpgrade : websocket\n");
        int line = (int) broken.substring(0, broken.indexOf("Upgrade : websocket")).lines().count() + 1;
        CodePage page = new PageReader().read("content/codes/426.md", broken).page().orElseThrow();
        List<Diagnostic> found = new HttpBlocks(new MarkdownEngine()).check(page, code -> Optional.empty());
        assertEquals(List.of("content/codes/426.md:" + line + ":8"), found.stream()
                .map(d -> d.file() + ":" + d.line() + ":" + d.column()).toList());
        assertTrue(found.get(0).message().contains("whitespace between the field name and the colon"));
    }
}

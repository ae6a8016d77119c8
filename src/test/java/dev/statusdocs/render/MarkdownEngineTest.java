package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownEngineTest {
    private final MarkdownEngine engine = new MarkdownEngine();

    private List<String> tags(String markdown, String query) {
        return Jsoup.parseBodyFragment(engine.toHtml(markdown)).select(query).stream().map(Element::tagName).toList();
    }

    @Test
    void headingsMoveUpOneLevelUnderThePageTitleButNeverAboveH2() {
        assertEquals(List.of("h2", "h2", "h2", "h3", "h4", "h5"),
                tags("# a\n\n## b\n\n### c\n\n#### d\n\n##### e\n\n###### f\n", "h1, h2, h3, h4, h5, h6"));
    }

    @Test
    void linksToSiblingPagesPointAtTheRenderedPages() {
        String html = engine.toHtml("[a](429.md) [b](404.md#when) [c][r] [d](4290.md) ![e](429.md)\n\n[r]: 503.md\n");
        List<String> targets = Jsoup.parseBodyFragment(html).select("[href], [src]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")).toList();
        assertEquals(List.of("429.html", "404.html#when", "503.html", "4290.md", "429.md"), targets);
    }

    @Test
    void rawHtmlIsLeftOutOfThePage() {
        assertEquals(List.of(), tags("<div onclick=\"x()\">a</div>\n\nb <span>c</span> <!-- d -->", "div, span"));
    }
}

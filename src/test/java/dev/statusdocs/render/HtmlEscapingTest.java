package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.statusdocs.RandomTexts;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

class HtmlEscapingTest {
    private final HtmlEscaping escaping = new HtmlEscaping();

    @Test
    void markupCharactersBecomeReferences() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A &amp; B&lt;/a&gt;",
                escaping.escape("<a href=\"x\" title='y'>A & B</a>"));
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String text = "请求超时 — Request Timeout";
        assertSame(text, escaping.escape(text));
    }

    /** Pages must come out byte for byte as they did with Pebble's own escaping, which this replaces. */
    @Test
    void agreesWithPebblesOwnHtmlEscaping() {
        RandomTexts texts = new RandomTexts(11, "<>&\"'a 中é\u00A0;#/=", 16);
        for (int round = 0; round < 2_000; round++) {
            String text = texts.next();
            assertEquals(HtmlEscape.escapeHtml4Xml(text), escaping.escape(text), text);
        }
    }
}

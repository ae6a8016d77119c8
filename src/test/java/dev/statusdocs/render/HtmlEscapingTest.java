package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
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
        Random random = new Random(11);
        String alphabet = "<>&\"'a 中é\u00A0;#/=";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(HtmlEscape.escapeHtml4Xml(text.toString()), escaping.escape(text.toString()), text.toString());
        }
    }
}

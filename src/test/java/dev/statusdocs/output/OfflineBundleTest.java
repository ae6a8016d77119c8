package dev.statusdocs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.statusdocs.RandomTexts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OfflineBundleTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyOccurrenceIsReplacedAndEveryOtherByteKept() {
        byte[] page = utf8("<a href=\"z.zip\">下载</a> … <a href=\"z.zip\">download</a>");
        assertEquals("<a href=\"https://x/z.zip\">下载</a> … <a href=\"https://x/z.zip\">download</a>",
                new String(OfflineBundle.replaceAll(page, utf8("href=\"z.zip\""), utf8("href=\"https://x/z.zip\"")),
                        StandardCharsets.UTF_8));
    }

    @Test
    void aPageWithoutTheLinkIsReturnedAsItIs() {
        byte[] page = utf8("<p>无链接</p>");
        assertSame(page, OfflineBundle.replaceAll(page, utf8("href=\"z.zip\""), utf8("href=\"y\"")));
    }

    @Test
    void agreesWithReplacingInTheDecodedText() {
        RandomTexts texts = new RandomTexts(3, "ab中\"=", 14);
        for (int round = 0; round < 2_000; round++) {
            String page = texts.next();
            assertEquals(page.replace("a=\"b", "中X"),
                    new String(OfflineBundle.replaceAll(utf8(page), utf8("a=\"b"), utf8("中X")), StandardCharsets.UTF_8),
                    page);
        }
    }
}

package dev.statusdocs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.RandomTexts;
import org.junit.jupiter.api.Test;

class TextFormsTest {

    @Test
    void kangxiRadicalsBecomeOrdinaryIdeographs() {
        assertEquals("服务器成功返回网页", TextForms.foldRadicals("服务器成功返回⽹页"));
        assertEquals("表示", TextForms.foldRadicals("表⽰"));
    }

    @Test
    void radicalSupplementFormsAreFolded() {
        assertEquals("长度", TextForms.foldRadicals("\u2ED3度"));
    }

    @Test
    void fullWidthPunctuationIsKeptForDisplay() {
        String text = "请求成功，服务器返回（网页）：完成。";
        assertEquals(text, TextForms.forDisplay(text));
    }

    @Test
    void noRadicalSurvivesDisplayNormalization() {
        String folded = TextForms.forDisplay("⽤户⼀次⾏为⾮法");
        assertFalse(folded.codePoints().anyMatch(TextForms::isRadical), folded);
    }

    @Test
    void comparisonFormFoldsCaseWidthAndSpaces() {
        assertEquals("not found (x)", TextForms.forComparison("  Not\tFOUND （x）"));
    }

    @Test
    void comparisonFormCollapsesEveryKindOfAsciiWhitespaceButKeepsIdeographicSpace() {
        assertEquals("request timeout!", TextForms.forComparison("  Request\t\n\u000B\f\r ＴＩＭＥＯＵＴ！ "));
        assertEquals("请求\u3000超时", TextForms.forComparison("请求\u3000超时"));
    }

    @Test
    void displayFormTrimsEachLineAndCollapsesSpacesButKeepsLineBreaks() {
        assertEquals("Not Found", TextForms.forDisplay(" Not  Found\u3000"));
        assertEquals("Request\nTimeout", TextForms.forDisplay("\n Request\t \n\u00A0Timeout \n"));
    }

    @Test
    void everyKangxiRadicalFoldsToAnOrdinaryIdeograph() {
        for (int cp = 0x2F00; cp <= 0x2FD5; cp++) {
            String folded = TextForms.foldRadicals("a" + Character.toString(cp) + "\uD83D\uDE00");
            assertFalse(folded.codePoints().anyMatch(TextForms::isRadical), Integer.toHexString(cp));
            assertEquals(Character.UnicodeScript.HAN, Character.UnicodeScript.of(folded.codePointAt(1)), folded);
            assertEquals("a", folded.substring(0, 1));
            assertTrue(folded.endsWith("\uD83D\uDE00"), folded);
        }
    }

    @Test
    void radicalsAreFoundWhereverTheyStand() {
        RandomTexts texts = new RandomTexts(13, "a中\uD83D\uDE00⽹\u2ED3\u2E7F\u2FE0", 8);
        for (int round = 0; round < 3_000; round++) {
            String text = texts.next();
            boolean hasRadical = text.codePoints().anyMatch(TextForms::isRadical);
            assertEquals(hasRadical, !TextForms.foldRadicals(text).equals(text), text);
        }
    }
}

package dev.statusdocs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.statusdocs.RandomTexts;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void kangxiRadicalsBecomeOrdinaryIdeographs() {
        assertEquals("服务器成功返回网页", Normalizer.foldRadicals("服务器成功返回⽹页"));
        assertEquals("表示", Normalizer.foldRadicals("表⽰"));
    }

    @Test
    void radicalSupplementFormsAreFolded() {
        assertEquals("长度", Normalizer.foldRadicals("\u2ED3度"));
    }

    @Test
    void fullWidthPunctuationIsKeptForDisplay() {
        String text = "请求成功，服务器返回（网页）：完成。";
        assertEquals(text, Normalizer.forDisplay(text));
    }

    @Test
    void noRadicalSurvivesDisplayNormalization() {
        String folded = Normalizer.forDisplay("⽤户⼀次⾏为⾮法");
        assertFalse(folded.codePoints().anyMatch(Normalizer::isRadical), folded);
    }

    @Test
    void comparisonFormFoldsCaseWidthAndSpaces() {
        assertEquals("not found (x)", Normalizer.forComparison("  Not\tFOUND （x）"));
    }

    /** The plain definition the faster loop in {@link Normalizer#forComparison} must agree with. */
    private static String forComparisonByDefinition(String text) {
        StringBuilder out = new StringBuilder();
        Normalizer.foldRadicals(text).codePoints().forEach(cp -> {
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp = cp - 0xFEE0;
            }
            out.appendCodePoint(Character.toLowerCase(cp));
        });
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    @Test
    void comparisonFormAgreesWithItsDefinition() {
        assertAgrees(new RandomTexts(5, "aZ \t\n\r\u000B\f\u3000\u00A0ＡＺ！中⽹\u2ED3É", 12),
                NormalizerTest::forComparisonByDefinition, Normalizer::forComparison);
        assertEquals("request timeout!", Normalizer.forComparison("  Request\t\n ＴＩＭＥＯＵＴ！ "));
    }

    /** The plain definition of {@link Normalizer#forDisplay}, which its quick exit must agree with. */
    private static String forDisplayByDefinition(String text) {
        String folded = Normalizer.foldRadicals(text).replace('\u00A0', ' ').replace('\u3000', ' ');
        StringBuilder out = new StringBuilder();
        for (String line : folded.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.replaceAll("[ \\t]+", " ").strip());
        }
        return out.toString().strip();
    }

    @Test
    void displayFormAgreesWithItsDefinition() {
        assertAgrees(new RandomTexts(11, "aZ  \t\n\r\u2003\u3000\u00A0中⽹\u2ED3", 10),
                NormalizerTest::forDisplayByDefinition, Normalizer::forDisplay);
        assertEquals("Not Found", Normalizer.forDisplay("Not Found"));
        assertEquals("Not Found", Normalizer.forDisplay(" Not  Found\u3000"));
    }

    @Test
    void radicalsAreFoundWhereverTheyStand() {
        RandomTexts texts = new RandomTexts(13, "a中\uD83D\uDE00⽹\u2ED3\u2E7F\u2FE0", 8);
        for (int round = 0; round < 3_000; round++) {
            String text = texts.next();
            boolean hasRadical = text.codePoints().anyMatch(Normalizer::isRadical);
            assertEquals(hasRadical, !Normalizer.foldRadicals(text).equals(text), text);
        }
    }

    /** The plain definition of {@link Normalizer#foldRadicals}: each radical code point folded by NFKC or the table. */
    private static String foldRadicalsByDefinition(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (!Normalizer.isRadical(cp)) {
                out.appendCodePoint(cp);
            } else if (cp == 0x2ED3) {
                out.append('长');
            } else if (cp == 0x2EE4) {
                out.append('鬼');
            } else {
                out.append(java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC));
            }
        });
        return out.toString();
    }

    @Test
    void foldingAgreesWithItsDefinition() {
        assertAgrees(new RandomTexts(19, "a中\uD83D\uDE00⽹⽰\u2ED3\u2EE4\u2E80\u2F00\u2FD5", 10),
                NormalizerTest::foldRadicalsByDefinition, Normalizer::foldRadicals);
    }

    /** The faster code gives what its plain definition gives, on thousands of random texts. */
    private static void assertAgrees(RandomTexts texts, UnaryOperator<String> definition, UnaryOperator<String> fast) {
        for (int round = 0; round < 3_000; round++) {
            String text = texts.next();
            assertEquals(definition.apply(text), fast.apply(text), text);
        }
    }
}

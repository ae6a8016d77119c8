package dev.statusdocs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}

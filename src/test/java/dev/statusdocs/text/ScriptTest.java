package dev.statusdocs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.Lang;
import org.junit.jupiter.api.Test;

class ScriptTest {

    @Test
    void hanMeansTheUnicodeHanScriptOrARadicalAtEveryCodePoint() {
        for (int cp = 0; cp <= 0x3FFFF; cp++) {
            boolean expected = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || Normalizer.isRadical(cp);
            assertEquals(expected, Script.isHan(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void aFewHanCharactersOutweighLatinHeaderNames() {
        assertTrue(Script.isHan('超'));
        assertFalse(Script.isHan('A'));
        assertEquals(Lang.ZH, Script.guess("请稍后按 Retry-After 重试", Lang.EN));
        assertEquals(Lang.EN, Script.guess("Retry later", Lang.ZH));
        assertEquals(Lang.ZH, Script.guess("404", Lang.ZH));
    }
}

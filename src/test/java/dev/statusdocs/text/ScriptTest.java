package dev.statusdocs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.Lang;
import org.junit.jupiter.api.Test;

class ScriptTest {

    @Test
    void radicalsAndIdeographsFromEveryPlaneCountAsHan() {
        assertTrue(Script.isHan('超'));
        assertTrue(Script.isHan(0x2F79));
        assertTrue(Script.isHan(0x2ED3));
        assertTrue(Script.isHan(0x20000));
        assertFalse(Script.isHan('A'));
        assertFalse(Script.isHan('，'));
        assertEquals(3, Script.countHan("⽹页 Not 𠀀"));
    }

    @Test
    void aFewHanCharactersOutweighLatinHeaderNames() {
        assertEquals(Lang.ZH, Script.guess("请稍后按 Retry-After 重试", Lang.EN));
        assertEquals(Lang.EN, Script.guess("Retry later", Lang.ZH));
        assertEquals(Lang.ZH, Script.guess("404", Lang.ZH));
    }
}

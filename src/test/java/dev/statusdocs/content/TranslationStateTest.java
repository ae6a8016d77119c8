package dev.statusdocs.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TranslationStateTest {

    @Test
    void aFingerprintIsTheStartOfTheTextsSha256() {
        // Pages record these values, so they must stay what they were: SHA-256 of "abc" starts ba7816bf8f01.
        assertEquals("ba7816bf8f01", TranslationState.fingerprint("abc"));
    }

    @Test
    void lineEndingsAndSurroundingBlankLinesDoNotCount() {
        String text = "First line.\nSecond line, 中文.";
        assertEquals(TranslationState.fingerprint(text), TranslationState.fingerprint("\n\r\n" + text.replace("\n", "\r\n") + "\n\n"));
        assertNotEquals(TranslationState.fingerprint(text), TranslationState.fingerprint(text + "!"));
    }
}

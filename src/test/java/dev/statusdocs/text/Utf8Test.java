package dev.statusdocs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void validTextIsDecodedIncludingAGenuineReplacementCharacter() {
        String text = "状态码 \uFFFD 404\n";
        Utf8.Decoded decoded = Utf8.decode("a.md", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, decoded.text().orElseThrow());
        assertTrue(decoded.problem().isEmpty());
    }

    @Test
    void aBadByteIsReportedAtItsLineAndColumnAndNothingIsDecoded() {
        byte[] bytes = "ok\nab\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        Utf8.Decoded decoded = Utf8.decode("a.md", bytes);
        assertTrue(decoded.text().isEmpty());
        Diagnostic problem = decoded.problem().orElseThrow();
        assertEquals(2, problem.line());
        assertEquals(3, problem.column());
        assertTrue(problem.message().contains("0xE9"), problem.message());
    }

    @Test
    void theColumnCountsCharactersNotBytesBeforeTheBadByte() {
        byte[] good = "第一行\n请求超时".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 1);
        bytes[good.length] = (byte) 0xFF;
        Diagnostic problem = Utf8.decode("a.md", bytes).problem().orElseThrow();
        assertEquals(2, problem.line());
        assertEquals(5, problem.column());
        assertTrue(problem.message().contains("0xFF"), problem.message());
    }

    @Test
    void aSequenceCutShortAtTheEndIsReportedWhereItStarts() {
        byte[] whole = "ab超".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);
        Diagnostic problem = Utf8.decode("a.md", cut).problem().orElseThrow();
        assertEquals(1, problem.line());
        assertEquals(3, problem.column());
        assertTrue(problem.message().contains("0xE8"), problem.message());
    }
}

package dev.statusdocs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.Diagnostic;
import java.nio.charset.StandardCharsets;
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
}

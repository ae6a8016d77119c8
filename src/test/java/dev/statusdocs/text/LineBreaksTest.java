package dev.statusdocs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineBreaksTest {

    @Test
    void everyKindOfBreakEndsALine() {
        assertEquals(List.of("a", "b", "c", "d", ""), LineBreaks.split("a\nb\r\nc\rd\n"));
        assertEquals(List.of("", "", "x"), LineBreaks.split("\r\n\nx"));
        assertEquals(List.of(""), LineBreaks.split(""));
    }

    @Test
    void agreesWithTheRegularExpressionItReplaces() {
        Random random = new Random(7);
        String alphabet = "ab\r\n中 ";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            assertEquals(List.of(input.split("\r\n|\r|\n", -1)), LineBreaks.split(input), () -> input.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }
}

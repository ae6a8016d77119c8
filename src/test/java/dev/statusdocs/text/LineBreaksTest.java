package dev.statusdocs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.RandomTexts;
import java.util.List;
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
        RandomTexts texts = new RandomTexts(7, "ab\r\n中 ", 12);
        RandomTexts withoutReturns = new RandomTexts(8, "ab\n\n中 ", 12);
        for (int round = 0; round < 4_000; round++) {
            String input = round % 2 == 0 ? texts.next() : withoutReturns.next();
            assertEquals(List.of(input.split("\r\n|\r|\n", -1)), LineBreaks.split(input), () -> input.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }
}

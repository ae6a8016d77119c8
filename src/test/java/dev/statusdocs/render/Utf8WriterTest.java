package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.statusdocs.RandomTexts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    @Test
    void piecesGiveTheSameBytesAsTheWholeTextEvenWhenASurrogatePairIsSplit() {
        RandomTexts texts = new RandomTexts(9, "a<中é\uD83D\uDE00 ", 20);
        for (int round = 0; round < 2_000; round++) {
            String whole = texts.next();
            Utf8Writer writer = new Utf8Writer();
            int at = 0;
            while (at < whole.length()) {
                int next = Math.min(whole.length(), at + 1 + texts.nextInt(4));
                switch (texts.nextInt(3)) {
                    case 0 -> writer.write(whole.substring(at, next));
                    case 1 -> writer.write(whole.toCharArray(), at, next - at);
                    default -> writer.write(whole, at, next - at);
                }
                at = next;
            }
            assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), writer.toByteArray(), whole);
        }
    }
}

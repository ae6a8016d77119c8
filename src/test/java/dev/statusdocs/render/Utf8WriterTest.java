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
                switch (texts.nextInt(4)) {
                    case 0 -> writer.write(whole.substring(at, next));
                    case 1 -> writer.write(whole.toCharArray(), at, next - at);
                    case 2 -> whole.substring(at, next).chars().forEach(writer::write);
                    default -> writer.write(whole, at, next - at);
                }
                at = next;
            }
            assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), writer.toByteArray(), whole);
        }
    }

    @Test
    void aPageLargerThanTheFirstBufferKeepsEveryByte() {
        RandomTexts texts = new RandomTexts(3, "ab<中é\uD83D\uDE00", 400);
        StringBuilder whole = new StringBuilder();
        Utf8Writer writer = new Utf8Writer();
        while (whole.length() < 200_000) {
            String piece = texts.next();
            whole.append(piece);
            if (texts.nextInt(2) == 0) {
                writer.write(piece);
            } else {
                writer.write(piece.toCharArray(), 0, piece.length());
            }
        }
        assertArrayEquals(whole.toString().getBytes(StandardCharsets.UTF_8), writer.toByteArray());
    }
}

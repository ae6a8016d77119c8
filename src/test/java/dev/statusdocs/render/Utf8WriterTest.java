package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    @Test
    void piecesGiveTheSameBytesAsTheWholeTextEvenWhenASurrogatePairIsSplit() {
        Random random = new Random(9);
        String alphabet = "a<中é\uD83D\uDE00 ";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String whole = text.toString();
            Utf8Writer writer = new Utf8Writer();
            int at = 0;
            while (at < whole.length()) {
                int next = Math.min(whole.length(), at + 1 + random.nextInt(4));
                switch (random.nextInt(3)) {
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

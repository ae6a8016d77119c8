package dev.statusdocs.text;

import dev.statusdocs.model.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding: bytes that are not UTF-8 are an error at their line and column, never replaced. */
public final class Utf8 {
    private Utf8() {
    }

    /** The decoded text, or a diagnostic pointing at the first byte that is not UTF-8. */
    public static Decoded decode(String file, byte[] bytes) {
        // The lenient decoder built into String is much faster on a short run; it marks bad bytes with U+FFFD,
        // so only a text holding U+FFFD (which may also be genuine) needs the strict decoder's verdict.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return new Decoded(Optional.of(lenient), Optional.empty());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString()), Optional.empty());
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            return new Decoded(Optional.empty(), Optional.of(Diagnostic.error(file, line, column,
                    String.format("bytes that are not UTF-8 (0x%02X)", bytes[bad] & 0xFF),
                    "save the file as UTF-8")));
        }
    }

    /** Result of decoding: text or a diagnostic, never both. */
    public record Decoded(Optional<String> text, Optional<Diagnostic> problem) {
    }

    private static int firstInvalidByte(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                return i;
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT);
            try {
                decoder.decode(ByteBuffer.wrap(bytes, i, length));
            } catch (CharacterCodingException e) {
                return i;
            }
            i += length;
        }
        return Math.max(0, bytes.length - 1);
    }
}

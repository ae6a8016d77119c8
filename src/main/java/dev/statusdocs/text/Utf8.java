package dev.statusdocs.text;

import dev.statusdocs.model.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding: bytes that are not UTF-8 are an error at their line and column, never replaced. */
public final class Utf8 {
    private Utf8() {
    }

    /** The decoded text, or a diagnostic pointing at the first byte that is not UTF-8. */
    public static Decoded decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        String text = out.flip().toString();
        if (!result.isError()) {
            return new Decoded(Optional.of(text), Optional.empty());
        }
        // The decoder stops at the first bad byte: what it decoded before gives the line and column.
        int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
        int column = text.length() - text.lastIndexOf('\n');
        return new Decoded(Optional.empty(), Optional.of(Diagnostic.error(file, line, column,
                String.format("bytes that are not UTF-8 (0x%02X)", bytes[in.position()] & 0xFF),
                "save the file as UTF-8")));
    }

    /** Result of decoding: text or a diagnostic, never both. */
    public record Decoded(Optional<String> text, Optional<Diagnostic> problem) {
    }
}

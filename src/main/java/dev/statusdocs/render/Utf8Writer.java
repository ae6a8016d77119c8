package dev.statusdocs.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes to UTF-8 as text arrives, piece by piece. Encoding a whole page at the end is slow
 * for any page with one Chinese character: the page is then held as UTF-16 and every character goes through
 * the general encoder. Piece by piece, the ASCII pieces (most of the markup) are copied as they are.
 * The bytes are those {@link String#getBytes} gives for the whole text: a surrogate without its other half
 * becomes '?'.
 */
final class Utf8Writer extends Writer {
    private static final byte UNMAPPABLE = '?';
    private static final char NONE = 0;

    private byte[] bytes = new byte[16 * 1024];
    private int size;

    /** The first half of a surrogate pair whose second half may come with the next piece, or {@link #NONE}. */
    private char pendingHigh = NONE;

    /** Templates write their literal text as arrays: encoded here directly, without a string in between. */
    @Override
    public void write(char[] chars, int offset, int length) {
        reserve(length * 3 + 3);
        int end = offset + length;
        int i = pendingHigh == NONE ? copyAscii(chars, offset, end) : offset;
        for (; i < end; i++) {
            encode(chars[i]);
        }
    }

    /**
     * Copies the ASCII characters from {@code from} on, as long as they last, and returns where they stop.
     * Most template text is ASCII markup: a loop of its own saves a call per character.
     */
    private int copyAscii(char[] chars, int from, int end) {
        byte[] out = bytes;
        int at = size;
        int i = from;
        for (; i < end; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                break;
            }
            out[at++] = (byte) c;
        }
        size = at;
        return i;
    }

    @Override
    public void write(String string, int offset, int length) {
        if (offset == 0 && length == string.length()) {
            write(string);
        } else {
            encodeEach(string, offset, length);
        }
    }

    @Override
    public void write(String string) {
        if (pendingHigh != NONE || string.isEmpty() || Character.isHighSurrogate(string.charAt(string.length() - 1))) {
            encodeEach(string, 0, string.length());
            return;
        }
        // The JDK's encoder copies an ASCII string's bytes in one go.
        byte[] piece = string.getBytes(StandardCharsets.UTF_8);
        reserve(piece.length);
        System.arraycopy(piece, 0, bytes, size, piece.length);
        size += piece.length;
    }

    private void encodeEach(String string, int offset, int length) {
        reserve(length * 3 + 3);
        for (int i = offset; i < offset + length; i++) {
            encode(string.charAt(i));
        }
    }

    @Override
    public void write(int c) {
        reserve(4);
        encode((char) c);
    }

    @Override
    public Writer append(CharSequence chars) {
        write(String.valueOf(chars));
        return this;
    }

    /** Room for {@code more} bytes; the caller then writes without checking. */
    private void reserve(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private void encode(char c) {
        if (pendingHigh != NONE) {
            char high = pendingHigh;
            pendingHigh = NONE;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xF0 | codePoint >> 18);
                bytes[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint & 0x3F);
                return;
            }
            bytes[size++] = UNMAPPABLE;
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = UNMAPPABLE;
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Everything written; a lone first half of a surrogate pair at the very end becomes '?', as in UTF-8 from Java. */
    byte[] toByteArray() {
        if (pendingHigh != NONE) {
            reserve(1);
            bytes[size++] = UNMAPPABLE;
            pendingHigh = NONE;
        }
        return Arrays.copyOf(bytes, size);
    }
}

package dev.statusdocs.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes to UTF-8 as text arrives, piece by piece. Encoding a whole page at the end is slow
 * for any page with one Chinese character: the page is then held as UTF-16 and every character goes through
 * the general encoder. Piece by piece, the ASCII pieces (most of the markup) are copied as they are.
 */
final class Utf8Writer extends Writer {
    private byte[] bytes = new byte[16 * 1024];
    private int size;

    /** The first half of a surrogate pair whose second half comes with the next piece. */
    private String pendingHalf = "";

    @Override
    public void write(char[] chars, int offset, int length) {
        write(new String(chars, offset, length));
    }

    @Override
    public void write(String string, int offset, int length) {
        write(string.substring(offset, offset + length));
    }

    @Override
    public void write(String string) {
        String piece = pendingHalf.isEmpty() ? string : pendingHalf + string;
        pendingHalf = "";
        if (!piece.isEmpty() && Character.isHighSurrogate(piece.charAt(piece.length() - 1))) {
            pendingHalf = piece.substring(piece.length() - 1);
            piece = piece.substring(0, piece.length() - 1);
        }
        append(piece.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    @Override
    public Writer append(CharSequence chars) {
        write(String.valueOf(chars));
        return this;
    }

    private void append(byte[] piece) {
        if (size + piece.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + piece.length));
        }
        System.arraycopy(piece, 0, bytes, size, piece.length);
        size += piece.length;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Everything written; a lone first half of a surrogate pair at the very end is encoded as UTF-8 would. */
    byte[] toByteArray() {
        if (!pendingHalf.isEmpty()) {
            append(pendingHalf.getBytes(StandardCharsets.UTF_8));
            pendingHalf = "";
        }
        return Arrays.copyOf(bytes, size);
    }
}

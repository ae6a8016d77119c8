package dev.statusdocs.sources;

/**
 * Joins the lines of one entry back into running text. A line that ends a sentence ends a paragraph;
 * any other line was wrapped, so it runs straight on (Chinese needs no space; Latin words get one).
 */
final class WrappedText {
    private final StringBuilder text = new StringBuilder();

    void add(String line) {
        String piece = line.strip();
        if (piece.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append(separator(text.charAt(text.length() - 1), piece.charAt(0)));
        }
        text.append(piece);
    }

    boolean endsSentence() {
        return text.length() > 0 && isSentenceEnd(text.charAt(text.length() - 1));
    }

    int length() {
        return text.codePointCount(0, text.length());
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String separator(char last, char first) {
        if (isSentenceEnd(last)) {
            return "\n";
        }
        if (last == '-') {
            return "";
        }
        return isAsciiWordChar(last) && isAsciiWordChar(first) ? " " : "";
    }

    private static boolean isSentenceEnd(char c) {
        return "。！？!?：:；;.".indexOf(c) >= 0;
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}

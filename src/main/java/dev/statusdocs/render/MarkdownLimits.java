package dev.statusdocs.render;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;

/**
 * Limits that keep reading a page's Markdown bounded in time and stack, checked before and after Flexmark parses
 * it. Flexmark's block and inline parsers recurse on nested containers and some of its patterns, and its inline
 * parser takes time in proportion to the square of a paragraph's length on some inputs; the limits are many times
 * what the real pages use (5,478 characters in the longest page, 2,704 in the longest block, 8 characters of
 * list and quote markers before a line's text).
 */
final class MarkdownLimits {
    static final int MAX_SECTION_CHARS = 50_000;
    static final int MAX_BLOCK_CHARS = 8_000;
    static final int MAX_NESTING = 16;
    static final int MAX_MARK_RUN = 1_000;
    static final int MAX_TREE_DEPTH = 128;
    private static final int COLUMNS_PER_LEVEL = 4;

    /** A limit a text breaks: where, counting lines from 0 and columns from 1 inside the text. */
    record Breach(int line, int column, String message, String hint) {
    }

    /** A text that breaks a limit, thrown by {@link MarkdownEngine#parse}; check reports it first. */
    static final class Exceeded extends RuntimeException {
        private final transient Breach breach;

        Exceeded(Breach breach) {
            super(breach.message(), null, false, false);
            this.breach = breach;
        }

        Breach breach() {
            return breach;
        }
    }

    private MarkdownLimits() {
    }

    /** The first limit the text breaks that can be seen without parsing it. */
    static Optional<Breach> beforeParsing(String markdown) {
        if (markdown.length() > MAX_SECTION_CHARS) {
            return Optional.of(new Breach(0, 1, "the section has " + markdown.length()
                    + " characters, more than the " + MAX_SECTION_CHARS + " a section may have",
                    "split the text, or move long material to a linked specification"));
        }
        String[] lines = markdown.split("\n", -1);
        int blockStart = 0;
        int blockChars = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                blockStart = i + 1;
                blockChars = 0;
                continue;
            }
            blockChars += line.length() + 1;
            if (blockChars > MAX_BLOCK_CHARS) {
                return Optional.of(new Breach(blockStart, 1, "a paragraph, list or table of more than "
                        + MAX_BLOCK_CHARS + " characters without a blank line",
                        "break it up with blank lines"));
            }
            int nesting = nesting(line);
            if (nesting > MAX_NESTING) {
                return Optional.of(new Breach(i, 1, "text nested " + nesting + " levels deep in lists, quotes"
                        + " or indentation, more than the " + MAX_NESTING + " allowed", "flatten the lists or quotes"));
            }
            int marks = markRun(line);
            if (marks > MAX_MARK_RUN) {
                return Optional.of(new Breach(i, 1, "a line that starts with " + marks
                        + " characters of '*', '-', '_' and spaces, more than " + MAX_MARK_RUN,
                        "a thematic break needs only three, such as ---"));
            }
        }
        return Optional.empty();
    }

    /** The first node deeper than the limit, for nesting that only parsing reveals (emphasis inside emphasis). */
    static Optional<Breach> afterParsing(Document tree) {
        Node node = tree.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > MAX_TREE_DEPTH) {
                return Optional.of(new Breach(node.getLineNumber(), node.getStartOffset() - node.getStartOfLine() + 1,
                        "Markdown nested more than " + MAX_TREE_DEPTH + " levels deep",
                        "simplify the nesting of emphasis, links and lists here"));
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != tree && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == tree ? null : node.getNext();
        }
        return Optional.empty();
    }

    /**
     * How deeply the line's text is nested, judged from the markers and indentation before it: each quote or
     * list marker is a level, and so is every fourth column of indentation.
     */
    private static int nesting(String line) {
        int markers = 0;
        int columns = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                columns += c == '\t' ? COLUMNS_PER_LEVEL : 1;
                i++;
            } else if (c == '>') {
                markers++;
                i = afterMarker(line, i + 1);
            } else if ((c == '-' || c == '+' || c == '*') && endsMarker(line, i + 1)) {
                markers++;
                i = afterMarker(line, i + 1);
            } else if (c >= '0' && c <= '9' && orderedMarkerEnd(line, i) > 0) {
                markers++;
                i = afterMarker(line, orderedMarkerEnd(line, i));
            } else {
                break;
            }
        }
        return markers + columns / COLUMNS_PER_LEVEL;
    }

    /** A space or tab right after a marker belongs to the marker, not to the indentation. */
    private static int afterMarker(String line, int at) {
        return at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t') ? at + 1 : at;
    }

    private static boolean endsMarker(String line, int at) {
        return at == line.length() || line.charAt(at) == ' ' || line.charAt(at) == '\t';
    }

    /** Where an ordered list marker ("12." or "3)") starting at {@code start} ends, or 0 if there is none. */
    private static int orderedMarkerEnd(String line, int start) {
        int end = start;
        while (end < line.length() && end - start < 9 && line.charAt(end) >= '0' && line.charAt(end) <= '9') {
            end++;
        }
        boolean marker = end > start && end < line.length() && (line.charAt(end) == '.' || line.charAt(end) == ')')
                && endsMarker(line, end + 1);
        return marker ? end + 1 : 0;
    }

    /** The length of the run of '*', '-', '_', spaces and tabs the line starts with. */
    private static int markRun(String line) {
        int i = 0;
        while (i < line.length() && "*-_ \t".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}

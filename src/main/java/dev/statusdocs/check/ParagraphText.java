package dev.statusdocs.check;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph as written, which of its characters are running text (outside code spans and link syntax), which of
 * those are quoted (between “ and ” or a pair of "), and where its citation links stand. Offsets are relative to
 * {@link #start()}, the paragraph's offset in the text it was parsed from.
 */
final class ParagraphText {
    private final int start;
    private final String raw;
    private final boolean[] running;
    private final boolean[] quoted;
    private final List<Range> citations;

    /** Characters {@code from} (inclusive) to {@code to} (exclusive). */
    record Range(int from, int to) {
        boolean overlaps(Range other) {
            return from < other.to && other.from < to;
        }
    }

    private ParagraphText(int start, String raw, boolean[] running, List<Range> citations) {
        this.start = start;
        this.raw = raw;
        this.running = running;
        this.quoted = quoted(raw, running);
        this.citations = List.copyOf(citations);
    }

    static ParagraphText of(Paragraph paragraph, CitationLinks links) {
        int start = paragraph.getStartOffset();
        String raw = paragraph.getChars().toString();
        boolean[] running = new boolean[raw.length()];
        List<Range> citations = new ArrayList<>();
        for (Node node : paragraph.getDescendants()) {
            if (node instanceof Text && !inCode(node)) {
                for (int i = node.getStartOffset(); i < node.getEndOffset(); i++) {
                    running[i - start] = true;
                }
            } else if (node instanceof Link link && links.cites(link.getUrl().toString())
                    || node instanceof AutoLink auto && links.cites(auto.getUrl().toString())) {
                citations.add(new Range(node.getStartOffset() - start, node.getEndOffset() - start));
            }
        }
        return new ParagraphText(start, raw, running, citations);
    }

    int start() {
        return start;
    }

    String raw() {
        return raw;
    }

    List<Range> citations() {
        return citations;
    }

    /** Whether the characters from {@code offset} for {@code length} are all the author's own words. */
    boolean isProse(int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (!running[i] || quoted[i]) {
                return false;
            }
        }
        return true;
    }

    boolean cites(Range range) {
        return citations.stream().anyMatch(range::overlaps);
    }

    /**
     * The text with code spans and link syntax replaced by 'X', so that a sentence splitter sees neither their full
     * stops nor a lower-case start after them, and line breaks as spaces.
     */
    String forSentences() {
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            text.append(c == '\n' || c == '\r' ? ' ' : running[i] ? c : 'X');
        }
        return text.toString();
    }

    /** Running text between “ and ”, or between a " and the next; an unclosed quote runs to the end. */
    private static boolean[] quoted(String raw, boolean[] running) {
        boolean[] quoted = new boolean[raw.length()];
        boolean curly = false;
        boolean straight = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (running[i] && c == '”') {
                curly = false;
            } else if (running[i] && c == '"') {
                straight = !straight;
            }
            quoted[i] = curly || straight;
            if (running[i] && c == '“') {
                curly = true;
            }
        }
        return quoted;
    }

    private static boolean inCode(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof Code || up instanceof AutoLink) {
                return true;
            }
        }
        return false;
    }
}

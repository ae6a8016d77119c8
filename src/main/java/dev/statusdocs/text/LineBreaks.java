package dev.statusdocs.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text at \n, \r\n or \r, the way {@code split("\r\n|\r|\n", -1)} does, without a regular expression. */
public final class LineBreaks {
    private LineBreaks() {
    }

    /** The lines of {@code text}, without their breaks; a text ending in a break ends with an empty line. */
    public static List<String> split(String text) {
        if (text.indexOf('\r') < 0) {
            return splitAtLineFeeds(text);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return List.copyOf(lines);
    }

    /** Most texts break lines with \n alone: the JDK's own search finds each break. */
    private static List<String> splitAtLineFeeds(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        lines.add(text.substring(start));
        return List.copyOf(lines);
    }
}

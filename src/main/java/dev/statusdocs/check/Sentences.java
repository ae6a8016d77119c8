package dev.statusdocs.check;

import dev.statusdocs.check.ParagraphText.Range;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits a paragraph into sentences with the JDK's sentence rules, which know both English and Chinese full stops. */
final class Sentences {
    /** The JDK ends a sentence after these; in our pages a sentence goes on after them. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\b(?:e\\.g|i\\.e|etc|vs|cf)\\.)\\s*$");

    private Sentences() {
    }

    static List<Range> of(String text) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        breaks.setText(text);
        List<Range> sentences = new ArrayList<>();
        int from = breaks.first();
        for (int to = breaks.next(); to != BreakIterator.DONE; to = breaks.next()) {
            if (to == text.length() || !ABBREVIATION.matcher(text.substring(from, to)).find()) {
                sentences.add(new Range(from, to));
                from = to;
            }
        }
        return sentences;
    }
}

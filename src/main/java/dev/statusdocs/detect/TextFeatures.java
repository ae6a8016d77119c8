package dev.statusdocs.detect;

import dev.statusdocs.model.Lang;
import dev.statusdocs.text.TextForms;
import dev.statusdocs.text.Script;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a text is made of, for comparing texts in one language: English texts by their content words,
 * Chinese texts by pairs of adjacent Han characters (Chinese has no spaces to split words on). Latin words
 * inside Chinese text (header names such as Retry-After) count too.
 */
final class TextFeatures {
    private static final Set<String> STOPWORDS = Set.of("the", "and", "that", "this", "for", "with", "are", "was",
            "not", "but", "can", "has", "have", "its", "will", "from", "which", "when", "than", "then", "such",
            "any", "all", "may", "should", "must", "does", "been", "being", "into", "only", "also", "other", "there",
            "their", "these", "those", "some", "more", "most", "used", "use", "code", "status", "response",
            "request", "server", "client", "http");

    private TextFeatures() {
    }

    /** Feature counts of a text in the given language. */
    static Map<String, Integer> of(String text, Lang lang) {
        return ofComparable(TextForms.forComparison(text), lang);
    }

    /** Feature counts of a text already in the form {@link TextForms#forComparison} gives. */
    static Map<String, Integer> ofComparable(String normalized, Lang lang) {
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder word = new StringBuilder();
        // Where the Han character just before this one starts, or -1: a pair is the text from there to here.
        int previousHan = -1;
        for (int i = 0; i < normalized.length(); ) {
            int start = i;
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (Script.isHan(cp)) {
                addWord(word, counts);
                if (previousHan >= 0) {
                    counts.merge(normalized.substring(previousHan, i), 1, Integer::sum);
                }
                previousHan = start;
                continue;
            }
            previousHan = -1;
            if (cp < 128 && Character.isLetter(cp)) {
                word.appendCodePoint(cp);
            } else {
                addWord(word, counts);
            }
        }
        addWord(word, counts);
        return counts;
    }

    private static void addWord(StringBuilder word, Map<String, Integer> counts) {
        if (word.length() >= 3 && !STOPWORDS.contains(word.toString())) {
            counts.merge(stem(word.toString()), 1, Integer::sum);
        }
        word.setLength(0);
    }

    /** A light suffix strip so that "connections" and "connection" meet. */
    static String stem(String word) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}

package dev.statusdocs.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The house rules for one run of Chinese prose: a space between Chinese and Latin letters or digits, no space
 * beside full-width punctuation, full-width punctuation after Chinese characters, and the glossary's terms.
 * Text between “ and ” quotes a source and is left as written.
 */
final class ChineseText {
    /** A break of a rule at {@code offset} of the text, and the text that should stand there instead. */
    record Violation(int offset, String message, String preferred) {
    }

    private static final Pattern HAN_THEN_LATIN = Pattern.compile("(\\p{IsHan})([A-Za-z0-9])");
    private static final Pattern LATIN_THEN_HAN = Pattern.compile("([A-Za-z0-9])(\\p{IsHan})");
    private static final Pattern SPACE_BEFORE_FULL_WIDTH = Pattern.compile("[ \\t\\u00A0]+([，。、；：？！“”（）《》])");
    private static final Pattern SPACE_AFTER_FULL_WIDTH = Pattern.compile("([，。、；：？！“”（）《》])[ \\t\\u00A0]+(?=\\S)");
    private static final Pattern ASCII_AFTER_HAN = Pattern.compile("(\\p{IsHan})([,:;()?!])");
    private static final Map<String, String> FULL_WIDTH = Map.of(",", "，", ":", "：", ";", "；", "(", "（",
            ")", "）", "?", "？", "!", "！");

    private final Glossary glossary;

    ChineseText(Glossary glossary) {
        this.glossary = glossary;
    }

    /** Every violation in {@code text}, in order of offset. */
    List<Violation> check(String text) {
        boolean[] quoted = quotedChars(text);
        List<Violation> found = new ArrayList<>();
        spacing(text, HAN_THEN_LATIN, quoted, found);
        spacing(text, LATIN_THEN_HAN, quoted, found);
        Matcher before = SPACE_BEFORE_FULL_WIDTH.matcher(text);
        while (before.find()) {
            if (!quoted[before.start()]) {
                found.add(new Violation(before.start(), "no space before full-width punctuation", before.group(1)));
            }
        }
        Matcher after = SPACE_AFTER_FULL_WIDTH.matcher(text);
        while (after.find()) {
            if (!quoted[after.end(1)]) {
                found.add(new Violation(after.end(1), "no space after full-width punctuation", after.group(1)));
            }
        }
        Matcher ascii = ASCII_AFTER_HAN.matcher(text);
        while (ascii.find()) {
            if (!quoted[ascii.start(2)]) {
                found.add(new Violation(ascii.start(2), "ASCII '" + ascii.group(2) + "' after Chinese text",
                        ascii.group(1) + FULL_WIDTH.get(ascii.group(2))));
            }
        }
        for (Glossary.Term term : glossary.terms()) {
            for (String variant : term.rejected()) {
                for (int at = text.indexOf(variant); at >= 0; at = text.indexOf(variant, at + variant.length())) {
                    if (!quoted[at]) {
                        found.add(new Violation(at, "'" + variant + "' is not the glossary's term for "
                                + term.english(), term.preferred()));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Violation::offset));
        return found;
    }

    /** The variants the glossary rejects right after a code span, at the start of the text that follows it. */
    List<Violation> afterCodeSpan(String following) {
        int start = following.startsWith(" ") ? 1 : 0;
        List<Violation> found = new ArrayList<>();
        for (Glossary.Term term : glossary.terms()) {
            for (String variant : term.afterCode()) {
                if (following.startsWith(variant, start)) {
                    found.add(new Violation(start, "after a name in a code span, '" + variant
                            + "' is not the glossary's term for " + term.english(), term.preferred()));
                }
            }
        }
        return found;
    }

    private static void spacing(String text, Pattern pattern, boolean[] quoted, List<Violation> found) {
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (!quoted[m.start(2)]) {
                found.add(new Violation(m.start(2), "put a space between Chinese and Latin letters or digits",
                        m.group(1) + " " + m.group(2)));
            }
            from = m.start(2);
        }
    }

    /** Marks the characters strictly between “ and ”; an unclosed quote runs to the end of the text. */
    private static boolean[] quotedChars(String text) {
        boolean[] quoted = new boolean[text.length() + 1];
        boolean inside = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '”') {
                inside = false;
            }
            quoted[i] = inside && c != '”';
            if (c == '“') {
                inside = true;
            }
        }
        return quoted;
    }
}

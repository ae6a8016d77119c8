package dev.statusdocs.text;

import java.text.Normalizer.Form;
import java.util.Map;

/**
 * Makes source text comparable without changing what it means.
 *
 * <p>PDF extraction leaves Kangxi radicals (U+2F00–U+2FDF) and CJK radical supplements (U+2E80–U+2EFF)
 * where ordinary ideographs belong. Only those code points are folded: NFKC on a whole Chinese text
 * would also turn full-width punctuation into ASCII, which changes how the text reads.
 */
public final class Normalizer {
    /** Radical-supplement forms that Unicode gives no compatibility mapping, folded to the simplified ideograph. */
    private static final Map<Character, Character> SUPPLEMENT_RADICALS = Map.ofEntries(
            Map.entry('\u2E8B', '㔾'), Map.entry('\u2E97', '冂'), Map.entry('\u2EA0', '民'),
            Map.entry('\u2EA7', '牛'), Map.entry('\u2EAA', '疋'), Map.entry('\u2EAE', '竹'),
            Map.entry('\u2EB3', '网'), Map.entry('\u2EBC', '肉'), Map.entry('\u2EC5', '见'),
            Map.entry('\u2EC6', '角'), Map.entry('\u2EC8', '讠'), Map.entry('\u2ECB', '车'),
            Map.entry('\u2ED3', '长'), Map.entry('\u2ED4', '门'), Map.entry('\u2ED8', '青'),
            Map.entry('\u2EDB', '风'), Map.entry('\u2EDC', '飞'), Map.entry('\u2EDD', '食'),
            Map.entry('\u2EE2', '马'), Map.entry('\u2EE3', '骨'), Map.entry('\u2EE4', '鬼'),
            Map.entry('\u2EE9', '黄'), Map.entry('\u2EEC', '齐'), Map.entry('\u2EEE', '齿'),
            Map.entry('\u2EF3', '龟'), Map.entry('\u2E9F', '母'));

    private Normalizer() {
    }

    /** True for a Kangxi radical or a CJK radical supplement code point. */
    public static boolean isRadical(int codePoint) {
        return codePoint >= 0x2E80 && codePoint <= 0x2FDF;
    }

    /** Replaces radicals by the ordinary ideographs; every other character is kept as it is. */
    public static String foldRadicals(String text) {
        if (!containsRadical(text)) {
            return text;
        }
        // Radicals lie in the Basic Multilingual Plane: every other character, surrogates included, is copied.
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isRadical(c)) {
                out.append(c);
                continue;
            }
            Character mapped = SUPPLEMENT_RADICALS.get(c);
            out.append(mapped != null ? String.valueOf(mapped) : java.text.Normalizer.normalize(String.valueOf(c), Form.NFKC));
        }
        return out.toString();
    }

    /**
     * Radicals lie in the Basic Multilingual Plane, so no surrogate pair can hold one. Every text passes through
     * here, and scanning an array beats String.charAt: a build runs code from the quick compiler (C1), which keeps
     * charAt's index check for every character.
     */
    private static boolean containsRadical(String text) {
        for (char c : text.toCharArray()) {
            if (isRadical(c)) {
                return true;
            }
        }
        return false;
    }

    /** Radicals folded, runs of spaces and tabs collapsed, each line trimmed. Line breaks are kept. */
    public static String forDisplay(String text) {
        if (isDisplayReady(text)) {
            return text;
        }
        String folded = foldRadicals(text).replace('\u00A0', ' ').replace('\u3000', ' ');
        StringBuilder out = new StringBuilder(folded.length());
        for (String line : folded.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.replaceAll("[ \\t]+", " ").strip());
        }
        return out.toString().strip();
    }

    /**
     * Whether {@link #forDisplay} would give the text back as it is, as it does for most titles: one line with
     * no radical, tab, no-break or ideographic space, no run of spaces, and nothing to trim at either end.
     */
    private static boolean isDisplayReady(String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || c == '\u00A0' || c == '\u3000' || isRadical(c) || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /**
     * The form used to compare texts and names: radicals folded, lower case, full-width ASCII forms folded
     * to ASCII, all whitespace collapsed to single spaces.
     */
    public static String forComparison(String text) {
        String folded = foldRadicals(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean inSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isAsciiSpace(cp)) {
                inSpace = true;
                continue;
            }
            if (inSpace) {
                out.append(' ');
                inSpace = false;
            }
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp = cp - 0xFEE0;
            }
            out.appendCodePoint(Character.toLowerCase(cp));
        }
        if (inSpace) {
            out.append(' ');
        }
        return out.toString().strip();
    }

    /** What the regular expression class {@code \\s} matches: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isAsciiSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
    }
}

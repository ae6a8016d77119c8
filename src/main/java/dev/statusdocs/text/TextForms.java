package dev.statusdocs.text;

import java.text.Normalizer.Form;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes source text comparable without changing what it means.
 *
 * <p>PDF extraction leaves Kangxi radicals (U+2F00–U+2FDF) and CJK radical supplements (U+2E80–U+2EFF)
 * where ordinary ideographs belong. Only those code points are folded: NFKC on a whole Chinese text
 * would also turn full-width punctuation into ASCII, which changes how the text reads.
 */
public final class TextForms {
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

    private static final Pattern SPACES_AND_TABS = Pattern.compile("[ \t]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TextForms() {
    }

    /** True for a Kangxi radical or a CJK radical supplement code point. */
    public static boolean isRadical(int codePoint) {
        return codePoint >= 0x2E80 && codePoint <= 0x2FDF;
    }

    /** Replaces radicals by the ordinary ideographs; every other character is kept as it is. */
    public static String foldRadicals(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(isRadical(cp) ? foldRadical((char) cp) : Character.toString(cp)));
        return out.toString();
    }

    private static String foldRadical(char radical) {
        Character mapped = SUPPLEMENT_RADICALS.get(radical);
        return mapped != null ? mapped.toString() : java.text.Normalizer.normalize(String.valueOf(radical), Form.NFKC);
    }

    /** Radicals folded, runs of spaces and tabs collapsed, each line trimmed. Line breaks are kept. */
    public static String forDisplay(String text) {
        String folded = foldRadicals(text).replace('\u00A0', ' ').replace('\u3000', ' ');
        return Arrays.stream(folded.split("\n", -1))
                .map(line -> SPACES_AND_TABS.matcher(line).replaceAll(" ").strip())
                .collect(Collectors.joining("\n"))
                .strip();
    }

    /**
     * The form used to compare texts and names: radicals folded, lower case, full-width ASCII forms folded
     * to ASCII, all whitespace collapsed to single spaces.
     */
    public static String forComparison(String text) {
        StringBuilder out = new StringBuilder(text.length());
        foldRadicals(text).codePoints()
                .map(cp -> cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp)
                .map(Character::toLowerCase)
                .forEach(out::appendCodePoint);
        return WHITESPACE.matcher(out).replaceAll(" ").strip();
    }
}

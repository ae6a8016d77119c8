package dev.statusdocs.render;

import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search's tokenizer at build time. It must split text exactly as {@code templates/assets/search-tokens.js}
 * splits what a reader types; one table of cases ({@code src/test/browser/tokens.json}) tests both. Text is split
 * into runs of Chinese characters and runs of other letters and digits, each folded (full-width forms, case,
 * accents); a Latin run is one token, a Chinese run its overlapping character pairs.
 */
final class SearchTokens {
    private static final String NOT_HAN_WORD_CHAR = "(?:(?!\\p{IsHan})[\\p{L}\\p{M}\\p{N}])";
    // A Latin run may hold apostrophes between letters ("I'm"); folding drops them.
    private static final Pattern RUNS = Pattern.compile("\\p{IsHan}+|" + NOT_HAN_WORD_CHAR + "+(?:['\u2019]"
            + NOT_HAN_WORD_CHAR + "+)*");
    private static final Pattern MARKS_AND_APOSTROPHES = Pattern.compile("[\\p{M}'\u2019]");

    private SearchTokens() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(Normalizer.normalize(text, Form.NFKC), Form.NFD);
        return MARKS_AND_APOSTROPHES.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static boolean isHan(String term) {
        // A loop, not codePoints(): the index asks this of every term on every rebuild in serve.
        for (int i = 0; i < term.length(); i += Character.charCount(term.codePointAt(i))) {
            if (Character.UnicodeScript.of(term.codePointAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher runs = RUNS.matcher(text);
        while (runs.find()) {
            out.addAll(termsOfRun(runs.group()));
        }
        return out;
    }

    /**
     * The folded word, or a Chinese run's overlapping character pairs (a lone character stays whole). Folding may
     * turn one letter into several words (a ligature such as U+FDFA); they are split at their spaces.
     */
    private static List<String> termsOfRun(String run) {
        String folded = fold(run);
        if (!isHan(folded)) {
            return Arrays.stream(folded.split(" ")).filter(word -> !word.isEmpty()).toList();
        }
        int[] chars = folded.codePoints().toArray();
        if (chars.length == 1) {
            return List.of(folded);
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < chars.length; i++) {
            pairs.add(new String(chars, i, 2));
        }
        return pairs;
    }
}

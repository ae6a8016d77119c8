package dev.statusdocs.detect;

import dev.statusdocs.model.Lang;
import dev.statusdocs.text.Damerau;
import dev.statusdocs.text.TextForms;
import dev.statusdocs.text.Script;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How reason phrases are normalized and compared with names; {@link RegistryNames} holds the registry's side. */
final class Names {
    /** An annotation in Chinese appended to an English phrase, such as "(永久)". */
    private static final Pattern CJK_ANNOTATION = Pattern.compile("[(（][^)）]*\\p{IsHan}[^)）]*[)）]");
    private static final Pattern OUTER_PARENS = Pattern.compile("^[(（](.*)[)）]$");

    private Names() {
    }

    /** How a phrase relates to a registered code's names. */
    enum Match { OFFICIAL, FORMER, OTHER, MISSPELT_OFFICIAL, MISSPELT_FORMER, MISSPELT_OTHER, NONE }

    /** The match and the registry name it matched. */
    record Comparison(Match match, String name, Map<Lang, String> from) {
    }

    /** True when the phrase is written in Latin script, so it can be compared with the registry's names. */
    static boolean isComparable(String phrase) {
        String cleaned = CJK_ANNOTATION.matcher(phrase).replaceAll("");
        return Script.countLatinLetters(cleaned) > 0 && Script.countHan(cleaned) == 0;
    }

    static String normalize(String name) {
        String text = CJK_ANNOTATION.matcher(TextForms.forComparison(name)).replaceAll(" ");
        text = text.replace('’', '\'').replace('‘', '\'').strip();
        Matcher parens = OUTER_PARENS.matcher(text);
        if (parens.matches()) {
            text = parens.group(1);
        }
        return text.replaceAll("\\s+", " ").strip();
    }

    /** A few slips of the keyboard: about one edit in four letters, at least one. */
    static boolean isCloseTo(String normalizedPhrase, String name) {
        return isCloseToNormalized(normalizedPhrase, normalize(name));
    }

    static boolean isCloseToNormalized(String normalizedPhrase, String target) {
        int allowed = Math.max(1, target.length() / 4);
        return Math.abs(normalizedPhrase.length() - target.length()) <= allowed
                && Damerau.distance(normalizedPhrase, target) <= allowed;
    }

}

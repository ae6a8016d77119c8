package dev.statusdocs.check;

import dev.statusdocs.model.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that state a specification's requirement: RFC 2119's keywords in capitals (also as glosses in Chinese
 * text), lower-case English "must", "must not", "should not", "is/are required to", and Chinese 必须, 应当, 不得, 不应.
 */
final class RequirementWords {
    /** A requirement word at {@code offset} of the text searched. */
    record Hit(int offset, String word) {
    }

    private static final String CAPITALS =
            "MUST NOT|MUST|REQUIRED|SHALL NOT|SHALL|SHOULD NOT|SHOULD|NOT RECOMMENDED|RECOMMENDED|MAY|OPTIONAL";
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?:" + CAPITALS + "|[Mm]ust(?: not)?|[Ss]hould not|(?:is|are) required to)\\b");
    // 不得不 ("has no choice but to") and 不得而知 ("cannot be known") state no requirement.
    private static final Pattern CHINESE = Pattern.compile(
            "\\b(?:" + CAPITALS + ")\\b|必须|应当|不得(?![不而])|不应");

    private RequirementWords() {
    }

    /** Every requirement word in {@code text} for a page in {@code lang}, in order. */
    static List<Hit> find(String text, Lang lang) {
        Matcher m = (lang == Lang.ZH ? CHINESE : ENGLISH).matcher(text);
        List<Hit> hits = new ArrayList<>();
        while (m.find()) {
            hits.add(new Hit(m.start(), m.group()));
        }
        return hits;
    }
}

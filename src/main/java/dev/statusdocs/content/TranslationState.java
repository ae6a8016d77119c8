package dev.statusdocs.content;

import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Lang;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Whether each language of a page is in line with the other. A page records, per language, a fingerprint of
 * the other language's text (section and summary) as it was when this language was last brought in line with
 * it; if the other language has changed since, this one may be out of date.
 */
public final class TranslationState {
    private TranslationState() {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A short fingerprint of a section's text, insensitive to line endings and surrounding blank lines. */
    public static String fingerprint(String markdown) {
        String text = markdown.replace("\r\n", "\n");
        byte[] digest = sha256().digest(text.strip().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 6);
    }

    /** The fingerprint of one language of a page: its section and its summary. */
    static String fingerprintOf(CodePage page, Lang lang) {
        return fingerprintOf(page.sections(), page.summary(), lang);
    }

    private static String fingerprintOf(Map<Lang, CodePage.Section> sections, Map<Lang, String> summary, Lang lang) {
        return fingerprint(sections.get(lang).markdown() + "\n\n" + summary.getOrDefault(lang, ""));
    }

    /**
     * The languages whose text may lag behind the other language's: the fingerprint recorded for them is not the
     * other language's now. Languages that record nothing, or lack a section on either side, are not judged.
     */
    public static Set<Lang> staleLanguages(Map<Lang, String> recorded, Map<Lang, CodePage.Section> sections,
                                           Map<Lang, String> summary) {
        Set<Lang> stale = EnumSet.noneOf(Lang.class);
        for (Lang lang : Lang.values()) {
            String fingerprint = recorded.get(lang);
            if (fingerprint != null && sections.containsKey(lang) && sections.containsKey(lang.other())
                    && !fingerprint.equals(fingerprintOf(sections, summary, lang.other()))) {
                stale.add(lang);
            }
        }
        return stale;
    }

    /** The fingerprints that mark both languages as in line with each other now. */
    public static Map<Lang, String> inLine(CodePage page) {
        Map<Lang, String> state = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            if (page.sections().containsKey(lang.other()) && page.sections().containsKey(lang)) {
                state.put(lang, fingerprintOf(page, lang.other()));
            }
        }
        return state;
    }

    /** {@code page} text with its translation field set to {@code state}, placed before the provenance block. */
    public static String withState(String pageText, Map<Lang, String> state) {
        String block = "translation:\n" + state.entrySet().stream()
                .map(e -> "  " + e.getKey().tag() + ": \"" + e.getValue() + "\"\n").reduce("", String::concat);
        String withoutOld = pageText.replaceFirst("(?m)^translation:\\n(?:  [a-z]{2}: .*\\n)*", "");
        int provenance = withoutOld.indexOf(Provenance.COMMENT);
        if (provenance < 0) {
            provenance = withoutOld.indexOf("\n" + Provenance.KEY) + 1;
        }
        return withoutOld.substring(0, provenance) + block + withoutOld.substring(provenance);
    }
}

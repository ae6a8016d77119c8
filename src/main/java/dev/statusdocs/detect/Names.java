package dev.statusdocs.detect;

import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.text.Damerau;
import dev.statusdocs.text.Normalizer;
import dev.statusdocs.text.Script;
import java.util.Optional;
import java.util.regex.Pattern;

/** Compares reason phrases with the registry's names, after the normalization names need. */
final class Names {
    /** An annotation in Chinese appended to an English phrase, such as "(永久)". */
    private static final Pattern CJK_ANNOTATION = Pattern.compile("[(（][^)）]*\\p{IsHan}[^)）]*[)）]");
    private static final Pattern OUTER_PARENS = Pattern.compile("^[(（](.*)[)）]$");

    private Names() {
    }

    /** How a phrase relates to a registered code's names. */
    enum Match { OFFICIAL, FORMER, OTHER, MISSPELT_OFFICIAL, MISSPELT_FORMER, MISSPELT_OTHER, NONE }

    /** The match and the registry name it matched. */
    record Comparison(Match match, String name, String from) {
    }

    /** True when the phrase is written in Latin script, so it can be compared with the registry's names. */
    static boolean isComparable(String phrase) {
        String cleaned = CJK_ANNOTATION.matcher(phrase).replaceAll("");
        return Script.countLatinLetters(cleaned) > 0 && Script.countHan(cleaned) == 0;
    }

    static String normalize(String name) {
        String text = CJK_ANNOTATION.matcher(Normalizer.forComparison(name)).replaceAll(" ");
        text = text.replace('’', '\'').replace('‘', '\'').strip();
        java.util.regex.Matcher parens = OUTER_PARENS.matcher(text);
        if (parens.matches()) {
            text = parens.group(1);
        }
        return text.replaceAll("\\s+", " ").strip();
    }

    static Comparison compare(String phrase, RegistryEntry entry) {
        String given = normalize(phrase);
        if (given.equals(normalize(entry.name()))) {
            return new Comparison(Match.OFFICIAL, entry.name(), "");
        }
        for (RegistryEntry.NamedReference former : entry.formerNames()) {
            if (given.equals(normalize(former.name()))) {
                return new Comparison(Match.FORMER, former.name(), former.from());
            }
        }
        for (RegistryEntry.NamedReference other : entry.otherNames()) {
            if (given.equals(normalize(other.name()))) {
                return new Comparison(Match.OTHER, other.name(), other.from());
            }
        }
        if (isCloseTo(given, entry.name())) {
            return new Comparison(Match.MISSPELT_OFFICIAL, entry.name(), "");
        }
        for (RegistryEntry.NamedReference former : entry.formerNames()) {
            if (isCloseTo(given, former.name())) {
                return new Comparison(Match.MISSPELT_FORMER, former.name(), former.from());
            }
        }
        for (RegistryEntry.NamedReference other : entry.otherNames()) {
            if (isCloseTo(given, other.name())) {
                return new Comparison(Match.MISSPELT_OTHER, other.name(), other.from());
            }
        }
        return new Comparison(Match.NONE, entry.name(), "");
    }

    /** A few slips of the keyboard: about one edit in four letters, at least one. */
    static boolean isCloseTo(String normalizedPhrase, String name) {
        String target = normalize(name);
        int allowed = Math.max(1, target.length() / 4);
        return Damerau.distance(normalizedPhrase, target) <= allowed;
    }

    /** The registry name a phrase matches exactly, looking at every code but {@code except}. */
    static Optional<RegistryEntry> officialNameOfAnotherCode(String phrase, Iterable<RegistryEntry> entries, int except) {
        String given = normalize(phrase);
        for (RegistryEntry entry : entries) {
            if (entry.code() != except && given.equals(normalize(entry.name()))) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }
}

package dev.statusdocs.sources;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.text.Script;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Builds a claim from named field values, for the formats whose manifest lists the fields in order. */
final class EntryFields {
    static final Pattern CODE = Pattern.compile("\\d{3}");
    /** The field names {@link #claim} reads; {@code code} comes first, since a code starts every entry. */
    static final List<String> NAMES = List.of("code", "phrase", "text");

    private EntryFields() {
    }

    static String field(List<String> names, List<String> values, String name) {
        int index = names.indexOf(name);
        return index >= 0 && index < values.size() ? values.get(index).strip() : "";
    }

    /** @param code the entry's code, which the parser has already matched against {@link #CODE} */
    static Claim claim(SourceSpec spec, int line, String code, List<String> names, List<String> values, int section) {
        String phrase = field(names, values, "phrase");
        String text = field(names, values, "text");
        return new Claim(spec.id(), spec.file(), line, Integer.parseInt(code), Optional.of(phrase),
                Script.guess(text, spec.primaryLanguage()), text, section);
    }
}

package dev.statusdocs.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One source document as the manifest describes it.
 *
 * @param fields       for field-per-line and table formats, the order of the fields (code, phrase, text)
 * @param translationOf id of the source this one was translated from, if any
 * @param columns      for formats with named columns or properties, the column holding each field
 * @param selector     for HTML, the CSS selector of the tables that hold the entries
 */
public record SourceSpec(String id, String file, String format, List<Lang> languages, String title,
                         String origin, Map<Lang, Integer> trust, List<String> fields,
                         Optional<String> translationOf, Map<String, String> columns, Optional<String> selector) {

    public SourceSpec {
        languages = List.copyOf(languages);
        trust = Map.copyOf(trust);
        fields = List.copyOf(fields);
        columns = Map.copyOf(columns);
    }

    /** A source whose format reads its fields in order or not at all. */
    public SourceSpec(String id, String file, String format, List<Lang> languages, String title, String origin,
                      Map<Lang, Integer> trust, List<String> fields, Optional<String> translationOf) {
        this(id, file, format, languages, title, origin, trust, fields, translationOf, Map.of(), Optional.empty());
    }

    public Lang primaryLanguage() {
        return languages.get(0);
    }

    public int trustFor(Lang lang) {
        return trust.getOrDefault(lang, 0);
    }
}

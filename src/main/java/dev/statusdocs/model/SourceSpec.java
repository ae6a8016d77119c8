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
 * @param name          how prose names the source in each language, such as "the Chinese PDF article"
 */
public record SourceSpec(String id, String file, String format, List<Lang> languages, String title,
                         String origin, Map<Lang, Integer> trust, List<String> fields,
                         Optional<String> translationOf, Map<String, String> columns, Optional<String> selector,
                         Map<Lang, String> name) {

    public SourceSpec {
        languages = List.copyOf(languages);
        trust = Map.copyOf(trust);
        fields = List.copyOf(fields);
        columns = Map.copyOf(columns);
        name = Map.copyOf(name);
    }

    /** A source whose format reads its fields in order or not at all, named in prose by its title. */
    public SourceSpec(String id, String file, String format, List<Lang> languages, String title, String origin,
                      Map<Lang, Integer> trust, List<String> fields, Optional<String> translationOf) {
        this(id, file, format, languages, title, origin, trust, fields, translationOf, Map.of(), Optional.empty(),
                Map.of());
    }

    /** The name prose uses in {@code lang}: the one given, or else the title. */
    public String nameIn(Lang lang) {
        return name.getOrDefault(lang, title);
    }

    public Lang primaryLanguage() {
        return languages.get(0);
    }

    public int trustFor(Lang lang) {
        return trust.getOrDefault(lang, 0);
    }
}

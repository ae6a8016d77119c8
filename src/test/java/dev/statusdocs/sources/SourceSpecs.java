package dev.statusdocs.sources;

import dev.statusdocs.model.Lang;
import dev.statusdocs.model.SourceSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small source descriptions for parser tests. */
final class SourceSpecs {
    private SourceSpecs() {
    }

    static SourceSpec of(String format, Lang lang, String... fields) {
        return new SourceSpec("fixture", "fixture.txt", format, List.of(lang), "Fixture", "Written for a test.",
                Map.of(lang, 3), List.of(fields), Optional.empty());
    }

    /** A source whose fields are found by column or property name, for csv, tsv and json. */
    static SourceSpec withColumns(String format, Map<String, String> columns) {
        return new SourceSpec("fixture", "fixture." + format, format, List.of(Lang.EN), "Fixture",
                "Written for a test.", Map.of(Lang.EN, 3), List.of(), Optional.empty(), columns, Optional.empty(), Map.of());
    }

    /** An HTML source whose entries are the rows of the tables the selector matches. */
    static SourceSpec withSelector(String selector, String... fields) {
        return new SourceSpec("fixture", "fixture.html", "html-table", List.of(Lang.EN), "Fixture",
                "Written for a test.", Map.of(Lang.EN, 3), List.of(fields), Optional.empty(), Map.of(),
                Optional.of(selector), Map.of());
    }
}

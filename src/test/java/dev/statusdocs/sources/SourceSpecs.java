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
                Map.of(lang, 3), List.of(fields), Optional.empty(), Map.of());
    }
}

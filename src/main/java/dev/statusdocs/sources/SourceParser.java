package dev.statusdocs.sources;

import dev.statusdocs.model.SourceSpec;

/** Reads one document format. Implementations are stateless and never throw on malformed text. */
public interface SourceParser {
    ParseResult parse(SourceSpec spec, String text);
}

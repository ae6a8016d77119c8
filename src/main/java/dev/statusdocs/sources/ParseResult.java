package dev.statusdocs.sources;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Diagnostic;
import java.util.List;

/** The claims a parser found in one document, and the problems it met on the way. */
public record ParseResult(List<Claim> claims, List<Diagnostic> diagnostics) {
    public ParseResult {
        claims = List.copyOf(claims);
        diagnostics = List.copyOf(diagnostics);
    }
}

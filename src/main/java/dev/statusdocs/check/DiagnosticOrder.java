package dev.statusdocs.check;

import dev.statusdocs.model.Diagnostic;
import java.util.Comparator;

/** Diagnostics sorted by file, line and column, so output is the same on every run. */
public final class DiagnosticOrder {
    public static final Comparator<Diagnostic> INSTANCE = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    private DiagnosticOrder() {
    }
}

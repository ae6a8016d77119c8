package dev.statusdocs.cli;

import dev.statusdocs.model.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics and a one-line count, the same way for every subcommand. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    /** Prints every diagnostic and returns true when any of them is an error. */
    static boolean report(PrintWriter err, List<Diagnostic> diagnostics) {
        diagnostics.forEach(d -> err.println(d.format()));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        if (!diagnostics.isEmpty()) {
            err.println(errors + " error(s), " + warnings + " warning(s)");
        }
        return errors > 0;
    }
}

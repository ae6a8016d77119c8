package dev.statusdocs.model;

import java.util.Locale;
import java.util.Optional;

/** A problem in the user's input, pointing at file, line and column, with a hint where one helps. */
public record Diagnostic(String file, int line, int column, Severity severity, String message,
                         Optional<String> hint) {

    public enum Severity {
        ERROR, WARNING;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, message, Optional.empty());
    }

    public static Diagnostic error(String file, int line, int column, String message, String hint) {
        return new Diagnostic(file, line, column, Severity.ERROR, message, Optional.of(hint));
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, message, Optional.empty());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The {@code path:line:col: severity: message} form used on the console. */
    public String format() {
        String base = file + ":" + line + ":" + column + ": " + severity.id() + ": " + message;
        return hint.map(h -> base + "\n    hint: " + h).orElse(base);
    }
}

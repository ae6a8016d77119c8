package dev.statusdocs.sources;

import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.SourceSpec;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Warnings for lines outside every entry that look like one, so that no entry goes missing silently. */
final class Untaken {
    /** A three-digit code opening the line, or opening its first cell between pipes. */
    private static final Pattern LOOKS_LIKE_ENTRY = Pattern.compile("^(\\s*)(?:\\|\\s*)?\\d{3}(?!\\d)");

    private Untaken() {
    }

    static Optional<Diagnostic> check(SourceSpec spec, int line, String text) {
        Matcher entry = LOOKS_LIKE_ENTRY.matcher(text);
        return entry.find() ? Optional.of(warning(spec, line, entry.group(1).length() + 1)) : Optional.empty();
    }

    /** For a row that is not an entry, given its first cell's text and where the row starts. */
    static Optional<Diagnostic> checkRow(SourceSpec spec, int line, int column, String firstCell) {
        return LOOKS_LIKE_ENTRY.matcher(firstCell.strip()).find() ? Optional.of(warning(spec, line, column))
                : Optional.empty();
    }

    private static Diagnostic warning(SourceSpec spec, int line, int column) {
        return new Diagnostic(spec.file(), line, column, Diagnostic.Severity.WARNING,
                "this line starts with a status code but is not part of any entry",
                Optional.of(SourceFormat.fromId(spec.format()).map(SourceFormat::entryShape)
                        .orElse("an entry") + "; if this line is not meant as an entry, ignore this warning"));
    }
}

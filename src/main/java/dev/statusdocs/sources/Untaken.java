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
        if (!entry.find()) {
            return Optional.empty();
        }
        return Optional.of(new Diagnostic(spec.file(), line, entry.group(1).length() + 1,
                Diagnostic.Severity.WARNING, "this line starts with a status code but is not part of any entry",
                Optional.of(SourceFormat.fromId(spec.format()).map(SourceFormat::entryShape)
                        .orElse("an entry") + "; if this line is not meant as an entry, ignore this warning")));
    }
}

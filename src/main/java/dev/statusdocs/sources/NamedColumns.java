package dev.statusdocs.sources;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.SourceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns rows of named columns into claims, by the manifest's {@code columns}: for CSV, TSV and JSON. */
final class NamedColumns {
    private final SourceSpec spec;
    private final List<String> header;

    private NamedColumns(SourceSpec spec, List<String> header) {
        this.spec = spec;
        this.header = List.copyOf(header);
    }

    /** The columns of a header row, or null (with an error) when it lacks a column the manifest names. */
    static NamedColumns fromHeader(SourceSpec spec, List<String> header, int line, int column,
                                   List<Diagnostic> diagnostics) {
        List<String> names = header.stream().map(String::strip).toList();
        for (Map.Entry<String, String> wanted : spec.columns().entrySet()) {
            if (!names.contains(wanted.getValue())) {
                diagnostics.add(Diagnostic.error(spec.file(), line, column, "the header row has no column '"
                        + wanted.getValue() + "', which the manifest names for '" + wanted.getKey() + "'",
                        "the header's columns are " + names + "; name one of them under 'columns'"));
                return null;
            }
        }
        return new NamedColumns(spec, names);
    }

    /** One row: a claim, or an error when its cells do not line up with the header or it has no code. */
    Optional<Claim> entry(List<String> cells, int line, int column, List<Diagnostic> diagnostics) {
        if (cells.size() != header.size()) {
            diagnostics.add(Diagnostic.error(spec.file(), line, column, "this row has " + cells.size()
                    + " cell(s) but the header row has " + header.size(),
                    "give every row one cell per header column, leaving a cell empty when it has nothing"));
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        spec.columns().forEach((field, name) -> {
            names.add(field);
            values.add(cells.get(header.indexOf(name)));
        });
        return claim(spec, line, column, names, values, 0, diagnostics);
    }

    /** A claim from field values by name, or an error when the code field holds no three-digit code. */
    static Optional<Claim> claim(SourceSpec spec, int line, int column, List<String> names, List<String> values,
                                 int section, List<Diagnostic> diagnostics) {
        String code = EntryFields.field(names, values, EntryFields.NAMES.get(0));
        if (!EntryFields.CODE.matcher(code).matches()) {
            diagnostics.add(Diagnostic.error(spec.file(), line, column, "expected a three-digit status code in '"
                    + spec.columns().get(EntryFields.NAMES.get(0)) + "', found '" + code + "'"));
            return Optional.empty();
        }
        return Optional.of(EntryFields.claim(spec, line, code, names, values, section));
    }
}

package dev.statusdocs.sources;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.SourceSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * One field per line, each line ending in {@code |}: a line holding only a code starts an entry, and the
 * lines after it fill the manifest's fields in order. A line without the closing pipe was wrapped and
 * continues on the next line.
 */
final class PipeFieldsParser implements SourceParser {

    private record Field(int line, String value) {
    }

    @Override
    public ParseResult parse(SourceSpec spec, String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Field> fields = splitFields(spec, Lines.of(text), diagnostics);
        List<String> names = spec.fields();
        List<Claim> claims = new ArrayList<>();
        int i = 0;
        while (i < fields.size()) {
            Field start = fields.get(i);
            if (!EntryFields.CODE.matcher(start.value()).matches()) {
                diagnostics.add(Diagnostic.error(spec.file(), start.line(), 1,
                        "expected a status code line such as '404 |', found '" + abbreviate(start.value()) + "'",
                        "every entry starts with a line holding only its three-digit code"));
                i++;
                continue;
            }
            List<String> values = new ArrayList<>(List.of(start.value()));
            int next = i + 1;
            while (next < fields.size() && !EntryFields.CODE.matcher(fields.get(next).value()).matches()) {
                if (values.size() < names.size()) {
                    values.add(fields.get(next).value());
                } else {
                    Field extra = fields.get(next);
                    diagnostics.add(Diagnostic.warning(spec.file(), extra.line(), 1,
                            "entry " + start.value() + " has more lines than its " + names.size()
                                    + " fields; this line is added to its last field"));
                    values.set(values.size() - 1, values.get(values.size() - 1) + " " + extra.value());
                }
                next++;
            }
            claims.add(EntryFields.claim(spec, start.line(), start.value(), names, values, 0));
            i = next;
        }
        return new ParseResult(claims, diagnostics);
    }

    private static List<Field> splitFields(SourceSpec spec, List<String> lines, List<Diagnostic> diagnostics) {
        List<Field> fields = new ArrayList<>();
        StringBuilder pending = null;
        int pendingLine = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (pending == null) {
                pending = new StringBuilder();
                pendingLine = n + 1;
            } else {
                pending.append(' ');
            }
            if (line.endsWith("|")) {
                pending.append(line, 0, line.length() - 1);
                fields.add(new Field(pendingLine, pending.toString().strip()));
                pending = null;
            } else {
                pending.append(line);
            }
        }
        if (pending != null) {
            diagnostics.add(Diagnostic.warning(spec.file(), pendingLine, 1,
                    "the last field has no closing '|'; it is read up to the end of the file"));
            fields.add(new Field(pendingLine, pending.toString().strip()));
        }
        return fields;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}

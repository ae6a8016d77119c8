package dev.statusdocs.sources;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.SourceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown pipe tables: the header row and the delimiter row are skipped, every body row is one entry,
 * its cells filling the manifest's fields in column order. Each table in the document is its own section.
 */
final class MarkdownTableParser implements SourceParser {
    private static final Pattern DELIMITER_ROW = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

    @Override
    public ParseResult parse(SourceSpec spec, String text) {
        List<String> lines = Lines.of(text);
        List<Claim> claims = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int section = -1;
        boolean inBody = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (!line.startsWith("|")) {
                inBody = false;
                continue;
            }
            if (!inBody) {
                boolean headerRow = n + 1 < lines.size() && DELIMITER_ROW.matcher(lines.get(n + 1).strip()).matches();
                if (headerRow) {
                    section++;
                    inBody = true;
                    n++;
                }
                continue;
            }
            List<String> cells = cells(line);
            String code = cells.isEmpty() ? "" : cells.get(0).strip();
            if (!EntryFields.CODE.matcher(code).matches()) {
                diagnostics.add(Diagnostic.error(spec.file(), n + 1, 1,
                        "expected a three-digit status code in the first column, found '" + code + "'"));
                continue;
            }
            claims.add(EntryFields.claim(spec, n + 1, code, spec.fields(), cells, section));
        }
        return new ParseResult(claims, diagnostics);
    }

    /** The cells of a row; the pipes that open and close the row are optional, {@code \|} is a literal pipe. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String body = row.startsWith("|") ? row.substring(1) : row;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(cell.toString().strip());
        }
        return cells;
    }
}

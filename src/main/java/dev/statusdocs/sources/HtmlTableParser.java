package dev.statusdocs.sources;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.SourceSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * HTML tables, parsed by jsoup with source positions. The manifest's {@code selector} chooses the tables (or
 * elements holding them); a row of {@code <th>} cells only is a header, every other row one entry, its cells
 * filling the manifest's fields in column order. Each table is its own section.
 */
final class HtmlTableParser implements SourceParser {
    @Override
    public ParseResult parse(SourceSpec spec, String text) {
        Document document = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
        List<Claim> claims = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<Element> taken = new HashSet<>();
        int section = 0;
        for (Element table : tables(document, spec.selector().orElse("table"))) {
            for (Element row : rows(table)) {
                taken.add(row);
                row(spec, row, section, diagnostics).ifPresent(claims::add);
            }
            section++;
        }
        for (Element row : document.select("tr")) {
            List<Element> cells = cells(row);
            if (!taken.contains(row) && !cells.isEmpty()) {
                Position at = Position.of(row);
                Untaken.checkRow(spec, at.line(), at.column(), cells.get(0).text()).ifPresent(diagnostics::add);
            }
        }
        return new ParseResult(claims, diagnostics);
    }

    /** The table's own rows, not those of a table nested in one of its cells. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.is("tr")) {
                rows.add(child);
            } else if (child.is("thead, tbody, tfoot")) {
                child.children().stream().filter(row -> row.is("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    private static List<Element> cells(Element row) {
        return row.children().stream().filter(cell -> cell.is("td, th")).toList();
    }

    private static List<Element> tables(Document document, String selector) {
        List<Element> tables = new ArrayList<>();
        for (Element chosen : document.select(selector)) {
            for (Element table : chosen.is("table") ? List.of(chosen) : chosen.select("table")) {
                if (!tables.contains(table)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static Optional<Claim> row(SourceSpec spec, Element row, int section,
                                                 List<Diagnostic> diagnostics) {
        List<Element> cells = cells(row);
        if (cells.isEmpty() || cells.stream().allMatch(c -> c.is("th"))) {
            return Optional.empty();
        }
        Position at = Position.of(row);
        if (cells.size() != spec.fields().size()) {
            diagnostics.add(Diagnostic.error(spec.file(), at.line(), at.column(), "this row has " + cells.size()
                    + " cell(s) but the manifest's fields " + spec.fields() + " name " + spec.fields().size(),
                    "give every row one cell per field, leaving a cell empty (<td></td>) when it has nothing"));
            return Optional.empty();
        }
        List<String> values = cells.stream().map(Element::text).toList();
        String code = values.get(0);
        if (!EntryFields.CODE.matcher(code).matches()) {
            Position first = Position.of(cells.get(0));
            diagnostics.add(Diagnostic.error(spec.file(), first.line(), first.column(),
                    "expected a three-digit status code in the first column, found '" + code + "'"));
            return Optional.empty();
        }
        return Optional.of(EntryFields.claim(spec, at.line(), code, spec.fields(), values, section));
    }

    /** Where an element starts in the source, 1-based; jsoup gives -1 for an element it inferred. */
    record Position(int line, int column) {
        static Position of(Element element) {
            Range.Position start = element.sourceRange().start();
            return new Position(Math.max(1, start.lineNumber()), Math.max(1, start.columnNumber()));
        }
    }
}

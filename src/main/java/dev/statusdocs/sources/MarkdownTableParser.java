package dev.statusdocs.sources;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Pair;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.SourceSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown tables as GitHub Flavored Markdown defines them, found by Flexmark: the header row and the
 * delimiter row are not entries, every body row is one, its cells filling the manifest's fields in column
 * order. Each table in the document is its own section.
 */
final class MarkdownTableParser implements SourceParser {
    private final Parser parser = Parser.builder(gfmTables()).build();

    private static MutableDataSet gfmTables() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        // GFM: one hyphen makes a delimiter cell, no column spans, no captions, and a header must have as
        // many cells as the delimiter row. Rows keep the cells they have, so that a wrong count can be reported.
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(TablesExtension.MAX_HEADER_ROWS, 1);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        return options;
    }

    @Override
    public ParseResult parse(SourceSpec spec, String text) {
        String markdown = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Document document = parser.parse(markdown);
        Rows rows = new Rows(spec, document.getChars());
        int section = 0;
        for (Node node : document.getDescendants()) {
            if (node instanceof TableBlock table && headerMatchesDelimiter(table)) {
                rows.table(table, section++);
            }
        }
        rows.untakenLines(Lines.of(markdown));
        return new ParseResult(rows.claims, rows.diagnostics);
    }

    /** The claims and problems of one document's tables, and which of its lines the tables cover. */
    private static final class Rows {
        private final SourceSpec spec;
        private final BasedSequence chars;
        private final List<Claim> claims = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private final List<int[]> tableLines = new ArrayList<>();

        Rows(SourceSpec spec, BasedSequence chars) {
            this.spec = spec;
            this.chars = chars;
        }

        void table(TableBlock table, int section) {
            tableLines.add(new int[] {line(table.getStartOffset()), line(Math.max(table.getStartOffset(),
                    table.getEndOffset() - 1))});
            for (Node part : table.getChildren()) {
                if (part instanceof TableBody body) {
                    for (Node row : body.getChildren()) {
                        if (row instanceof TableRow tableRow) {
                            row(tableRow, section);
                        }
                    }
                }
            }
        }

        private void row(TableRow row, int section) {
            List<TableCell> cells = new ArrayList<>();
            for (Node child : row.getChildren()) {
                if (child instanceof TableCell cell) {
                    cells.add(cell);
                }
            }
            int start = cells.isEmpty() ? row.getStartOffset() : cells.get(0).getStartOffset();
            int line = line(start);
            int column = column(start);
            if (cells.size() != spec.fields().size()) {
                diagnostics.add(Diagnostic.error(spec.file(), line, column, "this row has " + cells.size()
                        + " cell(s) but the manifest's fields " + spec.fields() + " name " + spec.fields().size(),
                        "give every row one cell per field, leaving a cell empty ('| |') when it has nothing"));
                return;
            }
            List<String> values = cells.stream().map(MarkdownTableParser::cellText).toList();
            String code = values.get(0);
            if (!EntryFields.CODE.matcher(code).matches()) {
                int at = cells.get(0).getText().getStartOffset();
                diagnostics.add(Diagnostic.error(spec.file(), line(at), column(at),
                        "expected a three-digit status code in the first column, found '" + code + "'"));
                return;
            }
            claims.add(EntryFields.claim(spec, line, code, spec.fields(), values, section));
        }

        /** Lines outside every table that look like entries: a row that did not make a table, or a code. */
        void untakenLines(List<String> lines) {
            for (int n = 0; n < lines.size(); n++) {
                int lineNumber = n + 1;
                if (tableLines.stream().noneMatch(span -> span[0] <= lineNumber && lineNumber <= span[1])) {
                    Untaken.check(spec, lineNumber, lines.get(n)).ifPresent(diagnostics::add);
                }
            }
        }

        private int line(int offset) {
            return position(offset).getFirst() + 1;
        }

        private int column(int offset) {
            return position(offset).getSecond() + 1;
        }

        private Pair<Integer, Integer> position(int offset) {
            return chars.lineColumnAtIndex(offset);
        }
    }

    /**
     * GFM recognises a table only when its header row has as many cells as the delimiter row; Flexmark's own
     * check lets a longer header through.
     */
    private static boolean headerMatchesDelimiter(TableBlock table) {
        Node head = table.getFirstChildAny(TableHead.class);
        Node separator = table.getFirstChildAny(TableSeparator.class);
        return head != null && separator != null && head.getFirstChild() != null && separator.getFirstChild() != null
                && cellCount(head.getFirstChild()) == cellCount(separator.getFirstChild());
    }

    private static int cellCount(Node row) {
        int count = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            count++;
        }
        return count;
    }

    /** A cell's text as written; GFM's {@code \|} is a pipe inside the cell, even within code spans. */
    private static String cellText(TableCell cell) {
        return cell.getText().toString().replace("\\|", "|").strip();
    }
}

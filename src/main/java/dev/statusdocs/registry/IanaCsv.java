package dev.statusdocs.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.statusdocs.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP Status Code Registry in the CSV form IANA publishes: a header row {@code Value,Description,Reference},
 * then one row per code or per range of unassigned codes, covering 100 to 599 in order. Read by Jackson's CSV
 * module; every problem is a diagnostic at the row's line and the field's column.
 */
public final class IanaCsv {
    static final List<String> HEADER = List.of("Value", "Description", "Reference");
    static final String UNASSIGNED = "Unassigned";
    private static final Pattern VALUE = Pattern.compile("(\\d{3})(?:-(\\d{3}))?");
    private static final int FIRST = 100;
    private static final int LAST = 599;
    private static final CsvMapper MAPPER = new CsvMapper();

    /** One row: a code ({@code low == high}) or a range, with where each of its fields starts. */
    public record Row(int line, int low, int high, String description, String reference, int descriptionColumn,
                      int referenceColumn) {
        public boolean assigned() {
            return !description.equals(UNASSIGNED);
        }
    }

    /** The rows of a file and what is wrong with it. */
    public record Result(List<Row> rows, List<Diagnostic> diagnostics) {
        public Result {
            rows = List.copyOf(rows);
            diagnostics = List.copyOf(diagnostics);
        }

        /** The rows that assign a code, in code order. */
        public List<Row> assigned() {
            return rows.stream().filter(Row::assigned).toList();
        }
    }

    private record Cell(String text, int line, int column) {
    }

    private IanaCsv() {
    }

    public static Result parse(String file, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<JsonLocation> rowStart = new ArrayList<>(1);
        try (JsonParser parser = MAPPER.reader(CsvSchema.emptySchema()).createParser(body)) {
            boolean header = true;
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                rowStart.clear();
                List<Cell> cells = cells(parser, rowStart);
                if (cells.size() == 1 && cells.get(0).text().isBlank()) {
                    continue;
                }
                if (header) {
                    checkHeader(file, cells, diagnostics);
                    header = false;
                } else {
                    row(file, cells, diagnostics).ifPresent(rows::add);
                }
            }
            if (header) {
                diagnostics.add(Diagnostic.error(file, 1, 1, "the file is empty",
                        "IANA's file starts with the header row " + String.join(",", HEADER)));
            }
        } catch (JsonProcessingException e) {
            // A quote left open swallows the rest of the file: the row it opened in is where to look.
            JsonLocation at = rowStart.isEmpty() ? e.getLocation() : rowStart.get(0);
            String message = rowStart.isEmpty() || e.getLocation() == null ? "unreadable CSV: " + e.getOriginalMessage()
                    : "unreadable CSV in this row: " + e.getOriginalMessage() + " (reading stopped at line "
                    + e.getLocation().getLineNr() + ")";
            diagnostics.add(Diagnostic.error(file, at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()), message,
                    "quote a field holding a comma, a quote or a line break in double quotes, and double each quote"
                            + " inside it (RFC 4180)"));
            return new Result(rows, diagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (diagnostics.isEmpty()) {
            checkCoverage(file, rows, diagnostics);
        }
        return new Result(rows, diagnostics);
    }

    /** The cells of a row; {@code rowStart} gets where its first cell stands, for an error later in the row. */
    private static List<Cell> cells(JsonParser parser, List<JsonLocation> rowStart) throws IOException {
        List<Cell> cells = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = parser.currentTokenLocation();
            if (cells.isEmpty()) {
                rowStart.add(at);
            }
            cells.add(new Cell(parser.getValueAsString(""), Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
        }
        return cells;
    }

    private static void checkHeader(String file, List<Cell> cells, List<Diagnostic> diagnostics) {
        List<String> names = cells.stream().map(Cell::text).toList();
        if (!names.equals(HEADER)) {
            diagnostics.add(Diagnostic.error(file, cells.get(0).line(), cells.get(0).column(),
                    "expected IANA's header row " + String.join(",", HEADER) + ", found " + String.join(",", names),
                    "use the CSV file IANA publishes for the registry, unchanged"));
        }
    }

    private static Optional<Row> row(String file, List<Cell> cells, List<Diagnostic> diagnostics) {
        Cell first = cells.get(0);
        if (cells.size() != HEADER.size()) {
            diagnostics.add(Diagnostic.error(file, first.line(), first.column(), "expected 3 fields (Value, Description,"
                    + " Reference), found " + cells.size(), "quote a field that holds a comma"));
            return Optional.empty();
        }
        Matcher value = VALUE.matcher(first.text());
        int low = value.matches() ? Integer.parseInt(value.group(1)) : -1;
        int high = value.matches() && value.group(2) != null ? Integer.parseInt(value.group(2)) : low;
        if (low < FIRST || high > LAST || high < low) {
            diagnostics.add(Diagnostic.error(file, first.line(), first.column(), "'" + first.text()
                    + "' is neither a code from 100 to 599 nor a range of them", "write a code, such as 404, or a range,"
                    + " such as 105-199"));
            return Optional.empty();
        }
        Cell description = cells.get(1);
        Cell reference = cells.get(2);
        if (description.text().isBlank()) {
            diagnostics.add(Diagnostic.error(file, description.line(), description.column(), "the Description is empty",
                    "write the code's name, or " + UNASSIGNED));
            return Optional.empty();
        }
        Row row = new Row(first.line(), low, high, description.text(), reference.text(), description.column(),
                reference.column());
        if (low != high && row.assigned()) {
            diagnostics.add(Diagnostic.error(file, first.line(), first.column(), "a range of values can only be "
                    + UNASSIGNED + ", not '" + description.text() + "'", "give each assigned code a row of its own"));
            return Optional.empty();
        }
        return Optional.of(row);
    }

    /** IANA lists every value from 100 to 599 once, in order, unassigned ranges included. */
    private static void checkCoverage(String file, List<Row> rows, List<Diagnostic> diagnostics) {
        int next = FIRST;
        for (Row row : rows) {
            if (row.low() < next) {
                diagnostics.add(Diagnostic.error(file, row.line(), 1, "value " + row.low() + " is listed twice or out"
                        + " of order", "list each value once, in ascending order"));
            } else if (row.low() > next) {
                diagnostics.add(Diagnostic.error(file, row.line(), 1, "no row covers " + range(next, row.low() - 1)
                        + ", before this one", "list them, as a row such as " + range(next, row.low() - 1)
                        + "," + UNASSIGNED + ","));
            }
            next = Math.max(next, row.high() + 1);
        }
        if (next <= LAST) {
            int line = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line();
            diagnostics.add(Diagnostic.error(file, line, 1, "no row covers " + range(next, LAST) + ", after this one",
                    "list them, as a row such as " + range(next, LAST) + "," + UNASSIGNED + ","));
        }
    }

    private static String range(int low, int high) {
        return low == high ? String.valueOf(low) : low + "-" + high;
    }
}

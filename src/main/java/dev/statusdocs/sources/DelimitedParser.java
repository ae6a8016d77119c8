package dev.statusdocs.sources;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.SourceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Delimited text with a header row (CSV as RFC 4180 quotes it, or TSV), read by Jackson's CSV module. Every
 * row after the header is one entry; the manifest's {@code columns} say which header names hold its fields.
 */
final class DelimitedParser implements SourceParser {
    private final CsvMapper mapper = new CsvMapper();
    private final char separator;

    private DelimitedParser(char separator) {
        this.separator = separator;
    }

    static DelimitedParser commas() {
        return new DelimitedParser(',');
    }

    static DelimitedParser tabs() {
        return new DelimitedParser('\t');
    }

    @Override
    public ParseResult parse(SourceSpec spec, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<Claim> claims = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (JsonParser parser = mapper.reader(schema).createParser(body)) {
            NamedColumns columns = null;
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                List<String> cells = new ArrayList<>();
                JsonLocation at = rowCells(parser, cells);
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                int line = (int) at.getLineNr();
                int column = Math.max(1, (int) at.getColumnNr());
                if (columns == null) {
                    columns = NamedColumns.fromHeader(spec, cells, line, column, diagnostics);
                    if (columns == null) {
                        break;
                    }
                } else {
                    columns.entry(cells, line, column, diagnostics).ifPresent(claims::add);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            diagnostics.add(Diagnostic.error(spec.file(), at == null ? 1 : Math.max(1, (int) at.getLineNr()),
                    at == null ? 1 : Math.max(1, (int) at.getColumnNr()), "unreadable delimited text: "
                            + e.getOriginalMessage(), "quote a field holding the separator, a quote or a line break "
                            + "in double quotes, and double each quote inside it (RFC 4180)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ParseResult(claims, diagnostics);
    }

    /** Reads a row's cells and returns where its first cell starts. */
    private static JsonLocation rowCells(JsonParser parser, List<String> cells) throws IOException {
        JsonLocation first = null;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (first == null) {
                first = parser.currentTokenLocation();
            }
            cells.add(parser.getValueAsString("").replace("\r\n", "\n").replace('\r', '\n'));
        }
        return first == null ? parser.currentTokenLocation() : first;
    }
}

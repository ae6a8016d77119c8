package dev.statusdocs.sources;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.SourceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON holding an array of objects, read by Jackson's streaming parser so that every object keeps its line
 * and column. Each object is one entry; the manifest's {@code columns} say which property holds each field.
 */
final class JsonArrayParser implements SourceParser {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public ParseResult parse(SourceSpec spec, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Claim> claims = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                diagnostics.add(error(spec, parser.currentTokenLocation(), "expected an array of entries, such as "
                        + "[{\"code\": 404, ...}]"));
                return new ParseResult(claims, diagnostics);
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                JsonLocation at = parser.currentTokenLocation();
                JsonNode entry = mapper.readTree(parser);
                if (!entry.isObject()) {
                    diagnostics.add(error(spec, at, "expected an object with the entry's properties here"));
                    continue;
                }
                entry(spec, entry, at, diagnostics).ifPresent(claims::add);
            }
        } catch (JsonProcessingException e) {
            diagnostics.add(error(spec, e.getLocation(), "unreadable JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ParseResult(claims, diagnostics);
    }

    private static Optional<Claim> entry(SourceSpec spec, JsonNode entry, JsonLocation at,
                                                   List<Diagnostic> diagnostics) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> column : spec.columns().entrySet()) {
            JsonNode value = entry.path(column.getValue());
            if (value.isContainerNode()) {
                diagnostics.add(error(spec, at, "property '" + column.getValue() + "' holds "
                        + (value.isArray() ? "an array" : "an object") + ", not text"));
                return Optional.empty();
            }
            names.add(column.getKey());
            values.add(value.isValueNode() && !value.isNull() ? value.asText() : "");
        }
        return NamedColumns.claim(spec, line(at), column(at), names, values, 0, diagnostics);
    }

    private static Diagnostic error(SourceSpec spec, JsonLocation at, String message) {
        return Diagnostic.error(spec.file(), line(at), column(at), message,
                "a json source is an array of objects, one per entry, such as [{\"code\": 404, \"text\": \"...\"}]");
    }

    private static int line(JsonLocation at) {
        return at == null ? 1 : Math.max(1, at.getLineNr());
    }

    private static int column(JsonLocation at) {
        return at == null ? 1 : Math.max(1, at.getColumnNr());
    }
}

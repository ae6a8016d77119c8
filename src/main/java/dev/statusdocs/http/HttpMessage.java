package dev.statusdocs.http;

import java.util.List;
import java.util.Optional;

/**
 * One message of an exchange. A request has a method, target and version; a response a version, status and
 * reason (empty when left out). Lines and columns are 1-based inside the exchange's text.
 *
 * @param body     the content after the blank line, its line breaks as LF and without the final one
 * @param bodyLine the line the body starts on, or the line after the header section when there is none
 */
public record HttpMessage(boolean request, int line, String method, String target, String version, int status,
                          String reason, int reasonColumn, List<Field> fields, String body, int bodyLine) {

    public HttpMessage {
        fields = List.copyOf(fields);
    }

    /** A field line: its name, its value without surrounding whitespace, and where each starts. */
    public record Field(String name, String value, int line, int column, int valueColumn) {
    }

    /** The fields with this name, compared without regard to case as RFC 9110 says. */
    public List<Field> fields(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).toList();
    }

    public Optional<Field> field(String name) {
        return fields(name).stream().findFirst();
    }

    /** Whether a field with this name lists {@code token} among its comma-separated values. */
    public boolean lists(String name, String token) {
        return fields(name).stream().flatMap(f -> List.of(f.value().split(",")).stream())
                .anyMatch(v -> v.strip().equalsIgnoreCase(token));
    }
}

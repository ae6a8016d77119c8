package dev.statusdocs.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.statusdocs.model.Diagnostic;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML document read into a tree, remembering where each key and each value stands so that any
 * problem found later can point at the exact line and column. Paths look like {@code sources[2].trust.en}.
 */
public final class LocatedYaml {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** 1-based line and column. */
    public record Position(int line, int column) {
    }

    private final String file;
    private final JsonNode root;
    private final Map<String, Position> keys;
    private final Map<String, Position> values;
    private final Position start;

    private LocatedYaml(String file, JsonNode root, Map<String, Position> keys, Map<String, Position> values,
                        Position start) {
        this.file = file;
        this.root = root;
        this.keys = keys;
        this.values = values;
        this.start = start;
    }

    /**
     * Parses {@code yaml}, whose first line is line {@code lineOffset + 1} of {@code file}. A syntax error
     * becomes a diagnostic and an empty result.
     */
    public static Optional<LocatedYaml> parse(String file, String yaml, int lineOffset, List<Diagnostic> diagnostics) {
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            Position start = new Position(lineOffset + 1, 1);
            TreeReader reader = new TreeReader(parser, file, lineOffset, diagnostics);
            JsonNode root = first == null ? NODES.objectNode() : reader.read("", reader.keys, reader.values);
            return Optional.of(new LocatedYaml(file, root, reader.keys, reader.values, start));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? lineOffset + 1 : Math.max(1, where.getLineNr()) + lineOffset;
            int column = where == null ? 1 : Math.max(1, where.getColumnNr());
            diagnostics.add(Diagnostic.error(file, line, column, "YAML syntax error: " + describe(e.getOriginalMessage()),
                    "check indentation, look for a quote left open on a line above, and quote values that contain ': '"));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(file, lineOffset + 1, 1, "cannot read YAML: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Builds the tree from the parser's tokens, noting positions and reporting a key that appears twice. */
    private static final class TreeReader {
        private final JsonParser parser;
        private final String file;
        private final int lineOffset;
        private final List<Diagnostic> diagnostics;
        private final Map<String, Position> keys = new HashMap<>();
        private final Map<String, Position> values = new HashMap<>();

        TreeReader(JsonParser parser, String file, int lineOffset, List<Diagnostic> diagnostics) {
            this.parser = parser;
            this.file = file;
            this.lineOffset = lineOffset;
            this.diagnostics = diagnostics;
        }

        JsonNode read(String path, Map<String, Position> keys, Map<String, Position> values) throws IOException {
            values.put(path, position(parser.currentTokenLocation(), lineOffset));
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT -> {
                    ObjectNode object = NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        String child = path.isEmpty() ? name : path + "." + name;
                        Position at = position(parser.currentTokenLocation(), lineOffset);
                        parser.nextToken();
                        if (object.has(name)) {
                            reportDuplicate(name, keys.get(child), at);
                            read(child, new HashMap<>(), new HashMap<>());
                            continue;
                        }
                        keys.put(child, at);
                        object.set(name, read(child, keys, values));
                    }
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = NODES.arrayNode();
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(read(path + "[" + index++ + "]", keys, values));
                    }
                    return array;
                }
                case VALUE_NUMBER_INT -> {
                    long value = parser.getLongValue();
                    return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
                }
                case VALUE_NUMBER_FLOAT -> {
                    return NODES.numberNode(parser.getDoubleValue());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                }
                case VALUE_NULL -> {
                    return NODES.nullNode();
                }
                default -> {
                    return NODES.textNode(parser.getText());
                }
            }
        }

        private void reportDuplicate(String name, Position first, Position at) {
            String where = first == null ? "" : "; the first is at line " + first.line() + ", column " + first.column();
            diagnostics.add(Diagnostic.error(file, at.line(), at.column(), "duplicate key '" + name + "'" + where,
                    "keep one of them: YAML would silently use the last"));
        }
    }

    private static Position position(JsonLocation location, int lineOffset) {
        return new Position(Math.max(1, location.getLineNr()) + lineOffset, Math.max(1, location.getColumnNr()));
    }

    /**
     * SnakeYAML's message without its excerpts: "expected <block end>, but found '<scalar>' (while parsing a
     * block mapping)". Lines that start with a space are excerpts, carets and "in 'reader'" positions.
     */
    private static String describe(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable document";
        }
        List<String> parts = message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::strip).toList();
        if (parts.size() < 2) {
            return parts.isEmpty() ? message.strip() : parts.get(0);
        }
        return parts.get(parts.size() - 1) + " (" + parts.get(0) + ")";
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** The node at a path, or a missing node. */
    public JsonNode node(String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!name.isEmpty()) {
                node = node.path(name);
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                node = node.path(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    /** Where the key at this path stands; for list items and the root, where the value stands. */
    public Position keyPosition(String path) {
        Position key = keys.get(path);
        return key != null ? key : valuePosition(path);
    }

    /** Where the value at this path stands, falling back to its key, its parent, then the document start. */
    public Position valuePosition(String path) {
        String current = path;
        while (true) {
            Position value = values.get(current);
            if (value != null) {
                return value;
            }
            Position key = keys.get(current);
            if (key != null) {
                return key;
            }
            if (current.isEmpty()) {
                return start;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
    }

    public Diagnostic error(String path, String message) {
        Position at = valuePosition(path);
        return Diagnostic.error(file, at.line(), at.column(), message);
    }

    public Diagnostic error(String path, String message, String hint) {
        Position at = valuePosition(path);
        return Diagnostic.error(file, at.line(), at.column(), message, hint);
    }

    public Diagnostic keyError(String path, String message) {
        Position at = keyPosition(path);
        return Diagnostic.error(file, at.line(), at.column(), message);
    }

    public Diagnostic keyError(String path, String message, String hint) {
        Position at = keyPosition(path);
        return Diagnostic.error(file, at.line(), at.column(), message, hint);
    }
}

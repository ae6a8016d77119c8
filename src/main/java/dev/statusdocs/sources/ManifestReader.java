package dev.statusdocs.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.yaml.FieldTable;
import dev.statusdocs.yaml.LocatedYaml;
import dev.statusdocs.yaml.LocatedYaml.Position;
import dev.statusdocs.yaml.YamlSchema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/** Reads {@code content/sources/manifest.yaml} strictly: every problem is a diagnostic with line and column. */
public final class ManifestReader {
    private static final FieldTable SOURCE_FIELDS = FieldTable
            .required("id", "file", "format", "languages", "title", "origin", "trust")
            .optional("fields", "columns", "selector", "translation_of", "name");
    private static final String COLUMNS_HINT = "name the column or property holding each field, code first: "
            + "columns: {code: Value, phrase: Description, text: Notes}";
    private static final String FIELDS_HINT = "list what each entry holds, in order, starting with its code: "
            + "fields: [code, phrase, text]";

    /** The sources a manifest lists, and what is wrong with it. */
    public record Result(List<SourceSpec> sources, Map<String, Position> files, List<Diagnostic> diagnostics) {
        /** A diagnostic about the file a source names, at its {@code file:} value. */
        Diagnostic aboutFile(SourceSpec source, String message, String hint) {
            Position at = files.get(source.id());
            return Diagnostic.error(SourceReader.MANIFEST, at.line(), at.column(),
                    "source '" + source.id() + "': " + message, hint);
        }
    }

    public Result read(String file, String yaml) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<LocatedYaml> parsed = LocatedYaml.parse(file, yaml, 0, diagnostics);
        if (parsed.isEmpty()) {
            return new Result(List.of(), Map.of(), diagnostics);
        }
        LocatedYaml doc = parsed.get();
        YamlSchema schema = new YamlSchema(doc, diagnostics);
        schema.check("", FieldTable.optionalOnly("sources"));
        List<SourceSpec> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Position> files = new HashMap<>();
        JsonNode list = doc.root().path("sources");
        if (!list.isArray()) {
            diagnostics.add(doc.error("sources", "'sources' must be a list of source entries"));
            return new Result(List.of(), Map.of(), diagnostics);
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "sources[" + i + "]";
            int before = diagnostics.size();
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                diagnostics.add(doc.error(path, "expected a mapping of fields here"));
                continue;
            }
            schema.check(path, SOURCE_FIELDS);
            String id = node.path("id").asText();
            if (!ids.add(id)) {
                diagnostics.add(doc.error(path + ".id", "duplicate source id '" + id + "'"));
            }
            String format = node.path("format").asText();
            Optional<SourceFormat> known = SourceFormat.fromId(format);
            if (node.has("format") && known.isEmpty()) {
                diagnostics.add(doc.error(path + ".format", "unknown format '" + format + "'",
                        "known formats: " + SourceFormat.knownIds()));
            }
            List<String> fields = known.map(f -> fields(schema, doc, path, f)).orElse(List.of());
            Map<String, String> columns = known.map(f -> columns(schema, doc, path, f)).orElse(Map.of());
            Optional<String> selector = known.flatMap(f -> selector(schema, doc, path, f));
            List<Lang> languages = schema.languages(path + ".languages");
            if (node.has("languages") && languages.isEmpty() && diagnostics.size() == before) {
                diagnostics.add(doc.error(path + ".languages", "list at least one language, the main one first"));
            }
            Map<Lang, Integer> trust = trust(schema, doc, path + ".trust");
            if (diagnostics.size() == before) {
                sources.add(new SourceSpec(id, node.path("file").asText(), format, languages,
                        node.path("title").asText(), node.path("origin").asText(), trust, fields,
                        Optional.ofNullable(node.get("translation_of")).map(JsonNode::asText), columns, selector,
                        names(schema, doc, path + ".name")));
                files.put(id, doc.valuePosition(path + ".file"));
            }
        }
        return new Result(sources, files, diagnostics);
    }

    /**
     * The order of the fields, for a format that reads them: a list starting with {@code code}, since a code
     * starts every entry. Other formats take no fields.
     */
    private static List<String> fields(YamlSchema schema, LocatedYaml doc, String entry, SourceFormat format) {
        String path = entry + ".fields";
        JsonNode node = doc.node(path);
        if (!format.readsFields()) {
            if (!node.isMissingNode()) {
                schema.report(doc.keyError(path, "format '" + format.id() + "' takes no 'fields'",
                        "remove 'fields': only formats that read entries field by field need their order"));
            }
            return List.of();
        }
        if (node.isMissingNode() || node.isNull()) {
            schema.report(doc.keyError(entry, "missing required field 'fields'", FIELDS_HINT));
            return List.of();
        }
        List<String> names = schema.strings(path);
        Set<String> known = Set.copyOf(EntryFields.NAMES);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!known.contains(name)) {
                schema.report(doc.error(path + "[" + i + "]", "unknown field name '" + name + "'",
                        YamlSchema.suggestion(known, name, "the fields an entry can hold")));
            } else if (names.indexOf(name) < i) {
                schema.report(doc.error(path + "[" + i + "]", "the field '" + name + "' is listed twice"));
            }
        }
        int code = names.indexOf(EntryFields.NAMES.get(0));
        if (node.isArray() && code < 0) {
            schema.report(doc.error(path, "the fields have no 'code'", FIELDS_HINT));
        } else if (code > 0) {
            schema.report(doc.error(path + "[" + code + "]", "'code' must be the first of the fields", FIELDS_HINT));
        }
        return names;
    }

    /** Which column or property holds each field, for a format that finds fields by name. */
    private static Map<String, String> columns(YamlSchema schema, LocatedYaml doc, String entry,
                                               SourceFormat format) {
        String path = entry + ".columns";
        JsonNode node = doc.node(path);
        if (!format.readsColumns()) {
            if (!node.isMissingNode()) {
                schema.report(doc.keyError(path, "format '" + format.id() + "' takes no 'columns'",
                        "remove 'columns': only csv, tsv and json sources name their columns"));
            }
            return Map.of();
        }
        if (!node.isObject()) {
            schema.report(node.isMissingNode() ? doc.keyError(entry, "missing required field 'columns'", COLUMNS_HINT)
                    : doc.error(path, "'columns' must map field names to column names", COLUMNS_HINT));
            return Map.of();
        }
        Map<String, String> columns = new LinkedHashMap<>();
        Set<String> known = Set.copyOf(EntryFields.NAMES);
        node.fieldNames().forEachRemaining(name -> {
            JsonNode column = node.get(name);
            if (!known.contains(name)) {
                schema.report(doc.keyError(path + "." + name, "unknown field name '" + name + "'",
                        YamlSchema.suggestion(known, name, "the fields an entry can hold")));
            } else if (!column.isTextual() || column.asText().isBlank()) {
                schema.report(doc.error(path + "." + name, "the column for '" + name + "' must be a name",
                        COLUMNS_HINT));
            } else {
                columns.put(name, column.asText());
            }
        });
        if (!node.has(EntryFields.NAMES.get(0))) {
            schema.report(doc.error(path, "the columns have no 'code'", COLUMNS_HINT));
        }
        return columns;
    }

    /** The CSS selector of the tables holding the entries, for HTML; checked here so that a typo is found early. */
    private static Optional<String> selector(YamlSchema schema, LocatedYaml doc, String entry, SourceFormat format) {
        String path = entry + ".selector";
        JsonNode node = doc.node(path);
        if (!format.needsSelector()) {
            if (!node.isMissingNode()) {
                schema.report(doc.keyError(path, "format '" + format.id() + "' takes no 'selector'",
                        "remove 'selector': only html-table sources choose their tables"));
            }
            return Optional.empty();
        }
        String hint = "a CSS selector of the tables that hold the entries, such as 'table#codes' or 'main table'";
        if (node.isMissingNode()) {
            schema.report(doc.keyError(entry, "missing required field 'selector'", hint));
            return Optional.empty();
        }
        try {
            QueryParser.parse(node.asText());
            return Optional.of(node.asText());
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            schema.report(doc.error(path, "not a CSS selector jsoup can read: " + e.getMessage(), hint));
            return Optional.empty();
        }
    }

    private static Map<Lang, Integer> trust(YamlSchema schema, LocatedYaml doc, String path) {
        Map<Lang, Integer> trust = new EnumMap<>(Lang.class);
        JsonNode node = doc.node(path);
        if (!node.isObject()) {
            return trust;
        }
        node.fieldNames().forEachRemaining(tag -> {
            String field = path + "." + tag;
            JsonNode value = node.get(tag);
            if (!value.isInt() || value.asInt() < 1 || value.asInt() > 5) {
                schema.report(doc.error(field, "trust must be a whole number from 1 to 5"));
                return;
            }
            try {
                trust.put(Lang.fromTag(tag), value.asInt());
            } catch (IllegalArgumentException e) {
                schema.report(doc.keyError(field, e.getMessage()));
            }
        });
        return trust;
    }

    /** The source's name in prose, per language: {@code name: {en: "...", zh: "..."}}, both languages or none. */
    private static Map<Lang, String> names(YamlSchema schema, LocatedYaml doc, String path) {
        Map<Lang, String> names = new EnumMap<>(Lang.class);
        JsonNode node = doc.node(path);
        if (node.isMissingNode()) {
            return names;
        }
        String hint = "give the name in both languages: name: {en: \"the Chinese PDF article\", zh: \"中文 PDF 文章\"}";
        if (!node.isObject()) {
            schema.report(doc.error(path, "'name' must map each language to a name", hint));
            return names;
        }
        node.fieldNames().forEachRemaining(tag -> {
            JsonNode value = node.get(tag);
            try {
                Lang lang = Lang.fromTag(tag);
                if (!value.isTextual() || value.asText().isBlank()) {
                    schema.report(doc.error(path + "." + tag, "the name must be text", hint));
                } else {
                    names.put(lang, value.asText().strip());
                }
            } catch (IllegalArgumentException e) {
                schema.report(doc.keyError(path + "." + tag, e.getMessage(), hint));
            }
        });
        if (names.size() == node.size() && names.size() < Lang.values().length) {
            schema.report(doc.error(path, "'name' needs every language", hint));
        }
        return names;
    }
}

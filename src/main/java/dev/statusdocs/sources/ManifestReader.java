package dev.statusdocs.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.yaml.LocatedYaml;
import dev.statusdocs.yaml.YamlSchema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code content/sources/manifest.yaml} strictly: every problem is a diagnostic with line and column. */
public final class ManifestReader {
    private static final Set<String> SOURCE_FIELDS = Set.of(
            "id", "file", "format", "fields", "languages", "title", "origin", "trust", "translation_of");
    private static final Set<String> REQUIRED = Set.of("id", "file", "format", "languages", "title", "origin", "trust");

    /** The sources a manifest lists, and what is wrong with it. */
    public record Result(List<SourceSpec> sources, List<Diagnostic> diagnostics) {
    }

    public Result read(String file, String yaml) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<LocatedYaml> parsed = LocatedYaml.parse(file, yaml, 0, diagnostics);
        if (parsed.isEmpty()) {
            return new Result(List.of(), diagnostics);
        }
        LocatedYaml doc = parsed.get();
        YamlSchema schema = new YamlSchema(doc, diagnostics);
        schema.allowOnly("", Set.of("sources"));
        List<SourceSpec> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode list = doc.root().path("sources");
        if (!list.isArray()) {
            diagnostics.add(doc.error("sources", "'sources' must be a list of source entries"));
            return new Result(List.of(), diagnostics);
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "sources[" + i + "]";
            int before = diagnostics.size();
            schema.allowOnly(path, SOURCE_FIELDS);
            schema.require(path, REQUIRED);
            JsonNode node = list.get(i);
            String id = node.path("id").asText();
            if (!ids.add(id)) {
                diagnostics.add(doc.error(path + ".id", "duplicate source id '" + id + "'"));
            }
            String format = node.path("format").asText();
            if (node.has("format") && SourceFormat.fromId(format).isEmpty()) {
                diagnostics.add(doc.error(path + ".format", "unknown format '" + format + "'",
                        "known formats: " + SourceFormat.knownIds()));
            }
            List<Lang> languages = schema.languages(path + ".languages");
            Map<Lang, Integer> trust = trust(schema, doc, path + ".trust");
            if (diagnostics.size() == before) {
                sources.add(new SourceSpec(id, node.path("file").asText(), format, languages,
                        node.path("title").asText(), node.path("origin").asText(), trust,
                        schema.strings(path + ".fields"),
                        Optional.ofNullable(node.get("translation_of")).map(JsonNode::asText)));
            }
        }
        return new Result(sources, diagnostics);
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
}

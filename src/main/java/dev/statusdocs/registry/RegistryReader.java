package dev.statusdocs.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.model.RegistryEntry.NamedReference;
import dev.statusdocs.model.Spec;
import dev.statusdocs.model.CodeStatus;
import dev.statusdocs.yaml.LocatedYaml;
import dev.statusdocs.yaml.YamlSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the registry data file; every problem is a diagnostic naming line and column. */
public final class RegistryReader {
    public static final String FILE = "content/registry.yaml";
    private static final Set<String> FIELDS = Set.of("code", "name", "spec", "status", "former_names", "other_names", "note");
    private static final Set<String> REQUIRED = Set.of("code", "name", "spec", "status");
    private static final Set<CodeStatus> REGISTERED_STATUSES = Set.of(
            CodeStatus.STANDARD, CodeStatus.DEPRECATED, CodeStatus.UNUSED, CodeStatus.OBSOLETED, CodeStatus.TEMPORARY);

    /** The registry and what is wrong with its file. */
    public record Result(Registry registry, List<Diagnostic> diagnostics) {
    }

    public Result read(String yaml) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<LocatedYaml> parsed = LocatedYaml.parse(FILE, yaml, 0, diagnostics);
        if (parsed.isEmpty()) {
            return new Result(new Registry(List.of()), diagnostics);
        }
        LocatedYaml doc = parsed.get();
        YamlSchema schema = new YamlSchema(doc, diagnostics);
        schema.allowOnly("", Set.of("codes"));
        JsonNode codes = doc.root().path("codes");
        List<RegistryEntry> entries = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String path = "codes[" + i + "]";
            int before = diagnostics.size();
            schema.allowOnly(path, FIELDS);
            schema.require(path, REQUIRED);
            JsonNode node = codes.get(i);
            int code = node.path("code").asInt();
            if (!node.path("code").isInt() || code < 100 || code > 599) {
                diagnostics.add(doc.error(path + ".code", "a registered code is a number from 100 to 599"));
            } else if (!seen.add(code)) {
                diagnostics.add(doc.error(path + ".code", "code " + code + " is listed twice"));
            }
            CodeStatus status = status(doc, diagnostics, path + ".status");
            Spec spec = new Spec(node.path("spec").path("label").asText(), node.path("spec").path("url").asText());
            if (spec.label().isEmpty() || !spec.url().startsWith("https://")) {
                diagnostics.add(doc.error(path + ".spec", "spec needs a label and an https:// url"));
            }
            if (diagnostics.size() == before) {
                entries.add(new RegistryEntry(code, node.path("name").asText(), spec, status,
                        names(node.path("former_names")), names(node.path("other_names")),
                        node.path("note").asText("")));
            }
        }
        return new Result(new Registry(entries), diagnostics);
    }

    private static CodeStatus status(LocatedYaml doc, List<Diagnostic> diagnostics, String path) {
        String id = doc.node(path).asText();
        try {
            CodeStatus status = CodeStatus.fromId(id);
            if (REGISTERED_STATUSES.contains(status)) {
                return status;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        diagnostics.add(doc.error(path, "unknown status '" + id + "'",
                "use one of: standard, deprecated, unused, obsoleted, temporary"));
        return CodeStatus.STANDARD;
    }

    private static List<NamedReference> names(JsonNode list) {
        List<NamedReference> names = new ArrayList<>();
        for (JsonNode item : list) {
            names.add(new NamedReference(item.path("name").asText(), item.path("from").asText()));
        }
        return names;
    }
}

package dev.statusdocs.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.text.EditDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Checks of a located YAML document's shape; every problem is reported, none is thrown. */
public final class YamlSchema {
    private final LocatedYaml doc;
    private final List<Diagnostic> diagnostics;

    public YamlSchema(LocatedYaml doc, List<Diagnostic> diagnostics) {
        this.doc = doc;
        this.diagnostics = diagnostics;
    }

    public void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    /** Reports the fields of the mapping at {@code path} that the table lacks, and the required ones missing. */
    public void check(String path, FieldTable fields) {
        allowOnly(path, fields.names());
        require(path, fields.requiredNames());
    }

    /** Reports every key of the mapping at {@code path} that is not in {@code allowed}, suggesting the nearest. */
    public void allowOnly(String path, Set<String> allowed) {
        JsonNode node = doc.node(path);
        if (!node.isObject()) {
            if (!node.isMissingNode() && !node.isNull()) {
                diagnostics.add(doc.error(path, "expected a mapping of fields here"));
            }
            return;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (allowed.contains(name)) {
                continue;
            }
            String child = path.isEmpty() ? name : path + "." + name;
            diagnostics.add(doc.keyError(child, "unknown field '" + name + "'", suggestion(allowed, name, "allowed fields here")));
        }
    }

    /** "did you mean ...?" when one allowed name is close to {@code name}, else the allowed names after {@code label}. */
    public static String suggestion(Set<String> allowed, String name, String label) {
        String nearest = allowed.stream()
                .min(Comparator.comparingInt((String a) -> EditDistance.between(a, name)).thenComparing(a -> a))
                .orElse("");
        boolean close = !nearest.isEmpty() && EditDistance.between(nearest, name) <= Math.max(2, name.length() / 3);
        return close ? "did you mean '" + nearest + "'?"
                : label + ": " + String.join(", ", allowed.stream().sorted().toList());
    }

    /** Reports each required field that the mapping at {@code path} lacks, at the mapping's position. */
    public void require(String path, Set<String> required) {
        JsonNode node = doc.node(path);
        if (!node.isObject()) {
            return;
        }
        required.stream().sorted().filter(name -> !node.has(name) || node.get(name).isNull()).forEach(name ->
                diagnostics.add(doc.keyError(path, "missing required field '" + name + "'")));
    }

    public List<String> strings(String path) {
        JsonNode node = doc.node(path);
        List<String> out = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            diagnostics.add(doc.error(path, "expected a list, such as [a, b]"));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual()) {
                diagnostics.add(doc.error(path + "[" + i + "]", "expected text"));
            } else {
                out.add(item.asText());
            }
        }
        return out;
    }

    public List<Lang> languages(String path) {
        List<Lang> out = new ArrayList<>();
        List<String> tags = strings(path);
        for (int i = 0; i < tags.size(); i++) {
            try {
                out.add(Lang.fromTag(tags.get(i)));
            } catch (IllegalArgumentException e) {
                diagnostics.add(doc.error(path + "[" + i + "]", e.getMessage()));
            }
        }
        return out;
    }
}

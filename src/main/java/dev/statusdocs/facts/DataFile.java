package dev.statusdocs.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.yaml.LocatedYaml;
import dev.statusdocs.yaml.YamlSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The checks both data files share: codes as keys, values from a closed set, every registered code present. */
final class DataFile {
    private final LocatedYaml doc;
    private final List<Diagnostic> diagnostics;

    DataFile(LocatedYaml doc, List<Diagnostic> diagnostics) {
        this.doc = doc;
        this.diagnostics = diagnostics;
    }

    /** The keys of the mapping at {@code path} that are codes from 100 to 599, each with its path; others reported. */
    List<Map.Entry<Integer, String>> codeKeys(String path) {
        List<Map.Entry<Integer, String>> out = new ArrayList<>();
        JsonNode node = doc.node(path);
        if (node.isMissingNode()) {
            return out;
        }
        if (!node.isObject()) {
            diagnostics.add(doc.error(path, "expected a mapping of codes, such as 404: {...}"));
            return out;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String child = path + "." + name;
            if (!name.matches("[1-5][0-9][0-9]")) {
                diagnostics.add(doc.keyError(child, "'" + name + "' is not a status code from 100 to 599"));
            } else {
                out.add(Map.entry(Integer.parseInt(name), child));
            }
        }
        return out;
    }

    /** The text at {@code path} if it is one of {@code allowed}, else a diagnostic naming them. */
    Optional<String> oneOf(String path, List<String> allowed) {
        JsonNode node = doc.node(path);
        String value = node.isValueNode() ? node.asText() : "";
        if (node.isTextual() && allowed.contains(value)) {
            return Optional.of(value);
        }
        String shown = node.isMissingNode() || node.isNull() ? "nothing" : "'" + value + "'";
        diagnostics.add(doc.error(path, "unknown value " + shown,
                YamlSchema.suggestion(Set.copyOf(allowed), value, "use one of")));
        return Optional.empty();
    }

    /** Reports each registered code that the mapping lacks, at the mapping's key. */
    void requireEvery(String path, Set<Integer> registered, Set<Integer> present, String what) {
        registered.stream().sorted().filter(code -> !present.contains(code)).forEach(code ->
                diagnostics.add(doc.keyError(path, "registered code " + code + " has no " + what,
                        "add a line for " + code + " under '" + path + "'")));
    }
}

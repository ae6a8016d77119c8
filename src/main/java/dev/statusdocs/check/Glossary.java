package dev.statusdocs.check;

import dev.statusdocs.files.ProjectFiles;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.yaml.FieldTable;
import dev.statusdocs.yaml.LocatedYaml;
import dev.statusdocs.yaml.YamlSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The preferred Chinese terms of {@code content/glossary.yaml}, each with the variants check rejects. */
public record Glossary(List<Term> terms) {
    public static final String FILE = "content/glossary.yaml";
    private static final FieldTable TOP = FieldTable.required("terms");
    private static final FieldTable TERM = FieldTable.required("en", "zh", "rejected").optional("after_code");

    public Glossary {
        terms = List.copyOf(terms);
    }

    /**
     * One preferred term, the variants to replace with it anywhere, and those to replace only right after a code
     * span (a header field's name: "`Location` 头部字段", not "`Location` 响应头").
     */
    public record Term(String english, String preferred, List<String> rejected, List<String> afterCode) {
        public Term {
            rejected = List.copyOf(rejected);
            afterCode = List.copyOf(afterCode);
        }
    }

    /** Reads the glossary under {@code root}; a missing file is an empty glossary, bad data a diagnostic. */
    public static Glossary read(Path root, List<Diagnostic> diagnostics) {
        return new ProjectFiles(root).readIfPresent(FILE, diagnostics)
                .flatMap(text -> LocatedYaml.parse(FILE, text, 0, diagnostics)).map(doc -> parse(doc, diagnostics))
                .orElse(new Glossary(List.of()));
    }

    static Glossary parse(LocatedYaml doc, List<Diagnostic> diagnostics) {
        YamlSchema schema = new YamlSchema(doc, diagnostics);
        schema.check("", TOP);
        List<Term> terms = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        int count = doc.node("terms").isArray() ? doc.node("terms").size() : 0;
        if (!doc.node("terms").isArray() && !doc.node("terms").isMissingNode()) {
            diagnostics.add(doc.error("terms", "expected a list of terms"));
        }
        for (int i = 0; i < count; i++) {
            String path = "terms[" + i + "]";
            schema.check(path, TERM);
            String preferred = doc.node(path + ".zh").asText("");
            if (preferred.isBlank()) {
                diagnostics.add(doc.error(path + ".zh", "the preferred term is empty"));
                continue;
            }
            List<String> rejected = schema.strings(path + ".rejected");
            for (int v = 0; v < rejected.size(); v++) {
                String variant = rejected.get(v);
                String previous = seen.putIfAbsent(variant, preferred);
                if (variant.isBlank() || variant.equals(preferred) || previous != null) {
                    diagnostics.add(doc.error(path + ".rejected[" + v + "]", variant.isBlank()
                            ? "a rejected variant is empty"
                            : "'" + variant + "' is rejected twice or is the preferred term itself",
                            "list each variant once, under the term that replaces it"));
                }
            }
            List<String> afterCode = doc.node(path + ".after_code").isMissingNode() ? List.of()
                    : schema.strings(path + ".after_code");
            terms.add(new Term(doc.node(path + ".en").asText(""), preferred, rejected, afterCode));
        }
        return new Glossary(terms);
    }
}

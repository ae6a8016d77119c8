package dev.statusdocs.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statusdocs.model.CodeFacts;
import dev.statusdocs.model.CodeFacts.Cacheable;
import dev.statusdocs.model.CodeFacts.Retry;
import dev.statusdocs.model.CodeFacts.Sender;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Facts;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.model.Spec;
import dev.statusdocs.yaml.FieldTable;
import dev.statusdocs.yaml.LocatedYaml;
import dev.statusdocs.yaml.YamlSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads {@code content/facts.yaml}; every problem is a diagnostic naming its line and column. */
public final class FactsReader {
    public static final String FILE = "content/facts.yaml";
    private static final FieldTable TOP = FieldTable.required("rfc_years", "headers", "codes");
    private static final FieldTable HEADER = FieldTable.required("label", "url");
    private static final FieldTable CODE = FieldTable.required("cacheable", "retry", "senders").optional("headers");
    private static final int FIRST_RFC_YEAR = 1969;

    /** The facts and what is wrong with their file. */
    public record Result(Facts facts, List<Diagnostic> diagnostics) {
    }

    /** @param registry the registered codes, each of which needs facts, and whose RFCs need a year */
    public Result read(String yaml, Registry registry) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<LocatedYaml> parsed = LocatedYaml.parse(FILE, yaml, 0, diagnostics);
        if (parsed.isEmpty()) {
            return new Result(Facts.NONE, diagnostics);
        }
        LocatedYaml doc = parsed.get();
        new YamlSchema(doc, diagnostics).check("", TOP);
        SortedMap<Integer, Integer> years = years(doc, diagnostics);
        SortedMap<String, Spec> headers = headers(doc, diagnostics, years);
        SortedMap<Integer, CodeFacts> codes = codes(doc, diagnostics, headers, registry);
        // A year already reported as bad is not reported missing as well.
        Set<String> listed = new HashSet<>();
        doc.node("rfc_years").fieldNames().forEachRemaining(listed::add);
        for (RegistryEntry entry : registry.entries()) {
            Facts.rfcNumber(entry.spec().label()).filter(rfc -> !listed.contains(String.valueOf(rfc))).ifPresent(rfc ->
                    diagnostics.add(doc.keyError("rfc_years", "RFC " + rfc + ", which defines " + entry.code()
                            + " in content/registry.csv, has no year", "add '" + rfc + ": YEAR' under rfc_years")));
        }
        return new Result(new Facts(years, headers, codes), diagnostics);
    }

    private static SortedMap<Integer, Integer> years(LocatedYaml doc, List<Diagnostic> diagnostics) {
        SortedMap<Integer, Integer> years = new TreeMap<>();
        JsonNode node = doc.node("rfc_years");
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = "rfc_years." + field.getKey();
            int year = field.getValue().asInt();
            if (!field.getKey().matches("[1-9][0-9]{0,4}")) {
                diagnostics.add(doc.keyError(path, "'" + field.getKey() + "' is not an RFC number",
                        "write the number alone, as in '9110: 2022'"));
            } else if (!field.getValue().isInt() || year < FIRST_RFC_YEAR || year > 2100) {
                diagnostics.add(doc.error(path, "the year of RFC " + field.getKey() + " must be a year such as 2022"));
            } else {
                years.put(Integer.parseInt(field.getKey()), year);
            }
        }
        return years;
    }

    private static SortedMap<String, Spec> headers(LocatedYaml doc, List<Diagnostic> diagnostics,
                                                   SortedMap<Integer, Integer> years) {
        SortedMap<String, Spec> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        YamlSchema schema = new YamlSchema(doc, diagnostics);
        Iterator<String> names = doc.node("headers").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String path = "headers." + name;
            int before = diagnostics.size();
            schema.check(path, HEADER);
            Spec spec = new Spec(doc.node(path + ".label").asText(), doc.node(path + ".url").asText());
            if (!spec.url().startsWith("https://")) {
                diagnostics.add(doc.error(path + ".url", "the section defining " + name + " needs an https:// address"));
            }
            Optional<Integer> rfc = Facts.rfcNumber(spec.label());
            if (rfc.isEmpty() || !years.containsKey(rfc.get())) {
                diagnostics.add(doc.error(path + ".label", "'" + spec.label() + "' names no RFC with a year under rfc_years",
                        "write it as 'RFC 9110, Section 10.2.3' and give the RFC a year"));
            }
            if (headers.containsKey(name)) {
                diagnostics.add(doc.keyError(path, "header field " + name + " is listed twice (names ignore case)"));
            } else if (diagnostics.size() == before) {
                headers.put(name, spec);
            }
        }
        return headers;
    }

    private static SortedMap<Integer, CodeFacts> codes(LocatedYaml doc, List<Diagnostic> diagnostics,
                                                       SortedMap<String, Spec> headers, Registry registry) {
        SortedMap<Integer, CodeFacts> codes = new TreeMap<>();
        DataFile data = new DataFile(doc, diagnostics);
        YamlSchema schema = new YamlSchema(doc, diagnostics);
        Set<Integer> present = new HashSet<>();
        for (Map.Entry<Integer, String> key : data.codeKeys("codes")) {
            int code = key.getKey();
            String path = key.getValue();
            present.add(code);
            int before = diagnostics.size();
            if (!registry.contains(code)) {
                diagnostics.add(doc.keyError(path, "code " + code + " is not in the registry",
                        "the facts panel covers registered codes; a page shows what it knows of the others"));
            }
            schema.check(path, CODE);
            Optional<Cacheable> cacheable = data.oneOf(path + ".cacheable", CodeFacts.ids(Cacheable.class))
                    .flatMap(id -> CodeFacts.fromId(Cacheable.class, id));
            Optional<Retry> retry = data.oneOf(path + ".retry", CodeFacts.ids(Retry.class))
                    .flatMap(id -> CodeFacts.fromId(Retry.class, id));
            List<Sender> senders = new ArrayList<>();
            List<String> senderIds = schema.strings(path + ".senders");
            for (int i = 0; i < senderIds.size(); i++) {
                data.oneOf(path + ".senders[" + i + "]", CodeFacts.ids(Sender.class))
                        .flatMap(id -> CodeFacts.fromId(Sender.class, id)).ifPresent(senders::add);
            }
            List<String> names = schema.strings(path + ".headers");
            List<String> used = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (headers.containsKey(name)) {
                    used.add(headers.tailMap(name).firstKey());
                } else {
                    diagnostics.add(doc.error(path + ".headers[" + i + "]", "header field '" + name
                            + "' is not in the header table", YamlSchema.suggestion(headers.keySet(), name,
                            "add it under 'headers' with the section that defines it, or use one of")));
                }
            }
            if (diagnostics.size() == before && cacheable.isPresent() && retry.isPresent()) {
                codes.put(code, new CodeFacts(code, cacheable.get(), used, retry.get(), senders));
            }
        }
        Set<Integer> registered = new HashSet<>();
        registry.entries().forEach(entry -> registered.add(entry.code()));
        data.requireEvery("codes", registered, present, "facts");
        return codes;
    }
}

package dev.statusdocs.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statusdocs.http.ExchangeRules;
import dev.statusdocs.http.HttpExchange;
import dev.statusdocs.http.HttpProblem;
import dev.statusdocs.http.MessageRules;
import dev.statusdocs.model.CodeExamples;
import dev.statusdocs.model.CodeExamples.Example;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.yaml.FieldTable;
import dev.statusdocs.yaml.LocatedYaml;
import dev.statusdocs.yaml.YamlSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads {@code content/examples.yaml}: its shape, and each exchange as HTTP/1.1 whose responses carry registered
 * names and the code it is listed under. A problem inside an exchange is reported at its own line and column.
 */
public final class ExamplesReader {
    public static final String FILE = "content/examples.yaml";
    private static final FieldTable ENTRY = FieldTable.required("code").optional("examples", "none");
    private static final FieldTable EXAMPLE = FieldTable.required("caption", "exchange").optional("note");
    private static final FieldTable TEXTS = FieldTable.required("en", "zh");

    /** The examples by code, and what is wrong with the file. */
    public record Result(SortedMap<Integer, CodeExamples> examples, List<Diagnostic> diagnostics) {
    }

    public Result read(String yaml, Registry registry) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        SortedMap<Integer, CodeExamples> byCode = new TreeMap<>();
        Optional<LocatedYaml> parsed = LocatedYaml.parse(FILE, yaml, 0, diagnostics);
        if (parsed.isEmpty()) {
            return new Result(Collections.emptySortedMap(), diagnostics);
        }
        LocatedYaml doc = parsed.get();
        YamlSchema schema = new YamlSchema(doc, diagnostics);
        schema.check("", FieldTable.required("codes"));
        JsonNode codes = doc.root().path("codes");
        if (!codes.isArray() && !codes.isMissingNode()) {
            diagnostics.add(doc.error("codes", "expected a list of codes, each '- code: NNN'"));
            return new Result(Collections.emptySortedMap(), diagnostics);
        }
        Entries entries = new Entries(doc, schema, yaml.split("\n", -1), registry, diagnostics);
        for (int i = 0; i < codes.size(); i++) {
            entries.read("codes[" + i + "]").ifPresent(entry -> {
                CodeExamples before = byCode.putIfAbsent(entry.code(), entry);
                if (before != null) {
                    diagnostics.add(Diagnostic.error(FILE, entry.line(), entry.column(), "code " + entry.code()
                            + " is listed twice; the first is at line " + before.line(), "merge the two entries"));
                }
            });
        }
        return new Result(Collections.unmodifiableSortedMap(byCode), diagnostics);
    }

    /** Reads one entry at a time, reporting into the same list. */
    private static final class Entries {
        private final LocatedYaml doc;
        private final YamlSchema schema;
        private final String[] lines;
        private final Registry registry;
        private final List<Diagnostic> diagnostics;

        Entries(LocatedYaml doc, YamlSchema schema, String[] lines, Registry registry, List<Diagnostic> diagnostics) {
            this.doc = doc;
            this.schema = schema;
            this.lines = lines;
            this.registry = registry;
            this.diagnostics = diagnostics;
        }

        Optional<CodeExamples> read(String path) {
            int before = diagnostics.size();
            schema.check(path, ENTRY);
            JsonNode node = doc.node(path);
            JsonNode code = node.path("code");
            if (!code.isInt() || code.asInt() < 100 || code.asInt() > 599) {
                diagnostics.add(doc.error(path + ".code", "a status code is a number from 100 to 599"));
            }
            boolean hasExamples = node.has("examples");
            if (hasExamples == node.has("none")) {
                diagnostics.add(doc.keyError(path, hasExamples ? "give either examples or a reason for none, not both"
                        : "give examples, or under 'none' the reason the code has no sensible exchange"));
            }
            List<Example> examples = new ArrayList<>();
            JsonNode list = node.path("examples");
            if (hasExamples && (!list.isArray() || list.isEmpty())) {
                diagnostics.add(doc.error(path + ".examples", "expected a list of one or more examples"));
            }
            for (int i = 0; hasExamples && list.isArray() && i < list.size(); i++) {
                example(path + ".examples[" + i + "]", code.asInt()).ifPresent(examples::add);
            }
            Map<Lang, String> none = node.has("none") ? texts(path + ".none") : Map.of();
            // An entry with a bad example still counts as listed: its problems fail the build on their own.
            if (!code.isInt() || diagnostics.size() > before && examples.isEmpty() && none.isEmpty()) {
                return Optional.empty();
            }
            LocatedYaml.Position at = doc.keyPosition(path + ".code");
            return Optional.of(new CodeExamples(code.asInt(), examples, none, at.line(), at.column()));
        }

        private Optional<Example> example(String path, int code) {
            schema.check(path, EXAMPLE);
            Map<Lang, String> caption = texts(path + ".caption");
            Map<Lang, String> note = doc.node(path).has("note") ? texts(path + ".note") : Map.of();
            return exchange(path + ".exchange", code)
                    .map(block -> new Example(caption, block.text(), note, block.line(), block.indent()));
        }

        /** Text in both languages, none of it blank. */
        private Map<Lang, String> texts(String path) {
            schema.check(path, TEXTS);
            Map<Lang, String> texts = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                JsonNode text = doc.node(path + "." + lang.tag());
                if (text.isMissingNode()) {
                    continue;
                }
                if (!text.isTextual() || text.asText().isBlank()) {
                    diagnostics.add(doc.error(path + "." + lang.tag(), "expected text"));
                } else {
                    texts.put(lang, text.asText().strip());
                }
            }
            return texts;
        }

        private record Block(String text, int line, int indent) {
        }

        /** The exchange, a literal block scalar, checked as HTTP with each problem at its place in the file. */
        private Optional<Block> exchange(String path, int code) {
            JsonNode node = doc.node(path);
            if (node.isMissingNode()) {
                return Optional.empty();
            }
            LocatedYaml.Position at = doc.valuePosition(path);
            String indicatorLine = at.line() <= lines.length ? lines[at.line() - 1] : "";
            if (!node.isTextual() || at.column() > indicatorLine.length() || indicatorLine.charAt(at.column() - 1) != '|') {
                diagnostics.add(doc.error(path, "write the exchange as a literal block ('exchange: |' and the"
                        + " message lines indented below it)", "a literal block keeps every line as written"));
                return Optional.empty();
            }
            Block block = new Block(node.asText(), at.line() + 1, indentOf(at.line()));
            HttpExchange exchange = HttpExchange.parse(block.text());
            List<HttpProblem> problems = new ArrayList<>(exchange.problems());
            if (exchange.valid()) {
                problems.addAll(new MessageRules(this::name).check(exchange));
                problems.addAll(ExchangeRules.check(exchange, code));
            }
            for (HttpProblem problem : problems) {
                diagnostics.add(Diagnostic.error(FILE, block.line() + problem.line() - 1,
                        block.indent() + problem.column(), problem.message(), problem.hint()));
            }
            return Optional.of(block);
        }

        /** The indentation of the first non-blank line after line {@code line} (1-based). */
        private int indentOf(int line) {
            for (int i = line; i < lines.length; i++) {
                String text = lines[i];
                if (!text.isBlank()) {
                    return text.length() - text.stripLeading().length();
                }
            }
            return 0;
        }

        private Optional<String> name(int code) {
            return registry.find(code).map(RegistryEntry::name);
        }
    }
}

package dev.statusdocs.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statusdocs.model.Constants;
import dev.statusdocs.model.Constants.Library;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Registry;
import dev.statusdocs.yaml.FieldTable;
import dev.statusdocs.yaml.LocatedYaml;
import dev.statusdocs.yaml.YamlSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads {@code content/constants.yaml}; every problem is a diagnostic naming its line and column. */
public final class ConstantsReader {
    public static final String FILE = "content/constants.yaml";
    /** What the data writes where a library has no constant for a code. */
    public static final String NONE = "none";
    private static final FieldTable TOP = FieldTable.required("libraries", "codes");
    private static final FieldTable LIBRARY = FieldTable.required("id", "name", "version", "reference")
            .optional("phrase");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    // A constant's name; a reason phrase (phrase: true) may also hold spaces, hyphens and apostrophes.
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PHRASE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 '\\-]*");

    /** The constants and what is wrong with their file. */
    public record Result(Constants constants, List<Diagnostic> diagnostics) {
    }

    /** @param registry the registered codes, each of which needs a line */
    public Result read(String yaml, Registry registry) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<LocatedYaml> parsed = LocatedYaml.parse(FILE, yaml, 0, diagnostics);
        if (parsed.isEmpty()) {
            return new Result(Constants.NONE, diagnostics);
        }
        LocatedYaml doc = parsed.get();
        new YamlSchema(doc, diagnostics).check("", TOP);
        List<Library> libraries = libraries(doc, diagnostics);
        SortedMap<Integer, Map<String, List<String>>> names = codes(doc, diagnostics, libraries, registry);
        return new Result(new Constants(libraries, names), diagnostics);
    }

    private static List<Library> libraries(LocatedYaml doc, List<Diagnostic> diagnostics) {
        YamlSchema schema = new YamlSchema(doc, diagnostics);
        List<Library> libraries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode list = doc.node("libraries");
        if (!list.isArray()) {
            if (!list.isMissingNode()) {
                diagnostics.add(doc.error("libraries", "expected a list of libraries"));
            }
            return libraries;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "libraries[" + i + "]";
            int before = diagnostics.size();
            schema.check(path, LIBRARY);
            JsonNode node = list.get(i);
            String id = node.path("id").asText();
            String reference = node.path("reference").asText();
            if (!ID.matcher(id).matches()) {
                diagnostics.add(doc.error(path + ".id", "a library id is lower-case letters, digits and hyphens"));
            } else if (!ids.add(id)) {
                diagnostics.add(doc.error(path + ".id", "library '" + id + "' is listed twice"));
            }
            if (!reference.contains("{name}") && !reference.contains("{code}")) {
                diagnostics.add(doc.error(path + ".reference", "the reference must show where the name goes",
                        "write {name} (or {code}) in its place, as in 'HTTPStatus.{name}'"));
            }
            if (node.has("phrase") && !node.get("phrase").isBoolean()) {
                diagnostics.add(doc.error(path + ".phrase", "phrase is true or false"));
            }
            if (diagnostics.size() == before) {
                libraries.add(new Library(id, node.path("name").asText(), node.path("version").asText(), reference,
                        node.path("phrase").asBoolean(false)));
            }
        }
        return libraries;
    }

    private static SortedMap<Integer, Map<String, List<String>>> codes(LocatedYaml doc, List<Diagnostic> diagnostics,
                                                                       List<Library> libraries, Registry registry) {
        SortedMap<Integer, Map<String, List<String>>> codes = new TreeMap<>();
        DataFile data = new DataFile(doc, diagnostics);
        YamlSchema schema = new YamlSchema(doc, diagnostics);
        // Every id listed, so that a library reported as bad does not make each code's line wrong as well.
        Set<String> ids = new HashSet<>();
        doc.node("libraries").forEach(library -> ids.add(library.path("id").asText()));
        Set<Integer> present = new HashSet<>();
        for (Map.Entry<Integer, String> key : data.codeKeys("codes")) {
            String path = key.getValue();
            present.add(key.getKey());
            schema.check(path, FieldTable.required(ids.toArray(String[]::new)));
            Map<String, List<String>> byLibrary = new LinkedHashMap<>();
            for (Library library : libraries) {
                byLibrary.put(library.id(), names(doc, diagnostics, path + "." + library.id(), library));
            }
            codes.put(key.getKey(), byLibrary);
        }
        Set<Integer> registered = new HashSet<>();
        registry.entries().forEach(entry -> registered.add(entry.code()));
        data.requireEvery("codes", registered, present, "line of constants");
        return codes;
    }

    /** One library's names for a code: a name, a list of names, or {@link #NONE}. */
    private static List<String> names(LocatedYaml doc, List<Diagnostic> diagnostics, String path, Library library) {
        JsonNode node = doc.node(path);
        if (node.isMissingNode()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (node.isTextual() && node.asText().equals(NONE)) {
            return names;
        }
        if (node.isArray() && !node.isEmpty()) {
            node.forEach(item -> names.add(item.asText()));
        } else {
            names.add(node.asText());
        }
        Pattern form = library.phrase() ? PHRASE : NAME;
        for (int i = 0; i < names.size(); i++) {
            JsonNode item = node.isArray() ? node.get(i) : node;
            if (!item.isTextual() || !form.matcher(names.get(i)).matches() || names.get(i).equals(NONE)) {
                diagnostics.add(doc.error(node.isArray() ? path + "[" + i + "]" : path,
                        "'" + names.get(i) + "' is not a " + (library.phrase() ? "reason phrase" : "constant's name"),
                        "write the name as the library spells it, a list [FIRST, OTHER] for several, or " + NONE));
            }
        }
        return List.copyOf(names);
    }
}

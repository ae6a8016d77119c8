package dev.statusdocs.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statusdocs.model.CodeStatus;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.model.RegistryEntry.NamedReference;
import dev.statusdocs.model.Spec;
import dev.statusdocs.yaml.FieldTable;
import dev.statusdocs.yaml.LocatedYaml;
import dev.statusdocs.yaml.YamlSchema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the registry from its two files: IANA's CSV, the authority for names and references, and our notes on
 * each of its codes (standing, other names, notes). Every problem is a diagnostic naming line and column.
 */
public final class RegistryReader {
    public static final String FILE = "content/registry.csv";
    public static final String NOTES_FILE = "content/registry-notes.yaml";
    private static final FieldTable TOP = FieldTable.required("iana", "codes");
    private static final FieldTable IANA = FieldTable.required("last_updated", "url");
    private static final FieldTable CODE = FieldTable.required("code", "status")
            .optional("spec", "former_names", "other_names", "note");
    private static final FieldTable NAME = FieldTable.required("name", "from");
    private static final Set<CodeStatus> REGISTERED_STATUSES = Set.of(
            CodeStatus.STANDARD, CodeStatus.DEPRECATED, CodeStatus.UNUSED, CodeStatus.OBSOLETED, CodeStatus.TEMPORARY);
    /** A standing IANA writes after a name, such as "Not Extended (OBSOLETED)" or "(TEMPORARY - registered ...)". */
    private static final Pattern MARKED = Pattern.compile("(.*\\S) \\(([A-Z]+)(?: - [^()]*)?\\)");
    /** Document names, which read the same in every language: "RFC 2616", "RFC 2324 (HTCPCP)", "draft-ietf-x". */
    private static final Pattern DOCUMENTS =
            Pattern.compile("(?:RFC \\d+|draft-[a-z0-9-]+)(?: \\([A-Z0-9]+\\))?(?:, (?:RFC \\d+|draft-[a-z0-9-]+))*");

    /** The registry, the date of the IANA version it reflects, and what is wrong with its files. */
    public record Result(Registry registry, Optional<LocalDate> lastUpdated, List<Diagnostic> diagnostics) {
    }

    /** Our notes on one code, and where they stand. */
    private record Notes(int code, String path, CodeStatus status, Optional<Spec> spec, List<NamedReference> former,
                         List<NamedReference> other, String note) {
    }

    public Result read(String csv, String notesYaml) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        IanaCsv.Result iana = IanaCsv.parse(FILE, csv);
        diagnostics.addAll(iana.diagnostics());
        Optional<LocatedYaml> parsed = LocatedYaml.parse(NOTES_FILE, notesYaml, 0, diagnostics);
        if (parsed.isEmpty()) {
            return new Result(new Registry(List.of()), Optional.empty(), diagnostics);
        }
        LocatedYaml doc = parsed.get();
        YamlSchema schema = new YamlSchema(doc, diagnostics);
        Optional<LocalDate> lastUpdated = version(doc, schema, diagnostics);
        Set<Integer> listed = new TreeSet<>();
        Map<Integer, Notes> notes = notes(doc, schema, diagnostics, listed);
        List<RegistryEntry> entries = new ArrayList<>();
        for (IanaCsv.Row row : iana.assigned()) {
            Notes note = notes.remove(row.low());
            if (note == null && !listed.contains(row.low())) {
                diagnostics.add(Diagnostic.error(FILE, row.line(), 1, "code " + row.low() + " is in the IANA registry"
                        + " but has no entry in " + NOTES_FILE, "add '- {code: " + row.low() + ", status: standard}'"
                        + " there, with the code's real status"));
            }
            if (note == null) {
                continue;
            }
            entry(row, note, doc, diagnostics).ifPresent(entries::add);
        }
        if (iana.diagnostics().isEmpty()) {
            notes.values().forEach(note -> diagnostics.add(doc.error(note.path() + ".code", "code " + note.code()
                    + " has notes, but the IANA registry in " + FILE + " does not list it",
                    "remove its entry, or add the code to " + FILE + " if IANA has registered it")));
        }
        return new Result(new Registry(entries), lastUpdated, diagnostics);
    }

    private static Optional<LocalDate> version(LocatedYaml doc, YamlSchema schema, List<Diagnostic> diagnostics) {
        schema.check("", TOP);
        schema.check("iana", IANA);
        if (!doc.node("iana.url").asText().startsWith("https://")) {
            diagnostics.add(doc.error("iana.url", "expected the registry's https:// address"));
        }
        try {
            return Optional.of(LocalDate.parse(doc.node("iana.last_updated").asText()));
        } catch (DateTimeParseException e) {
            diagnostics.add(doc.error("iana.last_updated", "expected IANA's Last Updated date, such as 2025-09-15"));
            return Optional.empty();
        }
    }

    /** The valid entries by code; {@code listed} gets every code given, valid or not. */
    private static Map<Integer, Notes> notes(LocatedYaml doc, YamlSchema schema, List<Diagnostic> diagnostics,
                                             Set<Integer> listed) {
        Map<Integer, Notes> notes = new TreeMap<>();
        JsonNode codes = doc.node("codes");
        for (int i = 0; i < codes.size(); i++) {
            String path = "codes[" + i + "]";
            int before = diagnostics.size();
            schema.check(path, CODE);
            JsonNode node = codes.get(i);
            int code = node.path("code").asInt();
            if (!node.path("code").isInt() || code < 100 || code > 599) {
                diagnostics.add(doc.error(path + ".code", "a registered code is a number from 100 to 599"));
            } else if (!listed.add(code)) {
                diagnostics.add(doc.error(path + ".code", "code " + code + " is listed twice"));
            }
            CodeStatus status = status(doc, diagnostics, path + ".status");
            Optional<Spec> spec = spec(doc, diagnostics, path + ".spec");
            List<NamedReference> former = names(doc, schema, diagnostics, path + ".former_names");
            List<NamedReference> other = names(doc, schema, diagnostics, path + ".other_names");
            if (diagnostics.size() == before) {
                notes.put(code, new Notes(code, path, status, spec, former, other, node.path("note").asText("")));
            }
        }
        return notes;
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

    private static Optional<Spec> spec(LocatedYaml doc, List<Diagnostic> diagnostics, String path) {
        if (doc.node(path).isMissingNode()) {
            return Optional.empty();
        }
        Spec spec = new Spec(doc.node(path + ".label").asText(), doc.node(path + ".url").asText());
        if (spec.label().isEmpty() || !spec.url().startsWith("https://")) {
            diagnostics.add(doc.error(path, "spec needs a label and an https:// url"));
        }
        return Optional.of(spec);
    }

    private static List<NamedReference> names(LocatedYaml doc, YamlSchema schema, List<Diagnostic> diagnostics,
                                              String path) {
        List<NamedReference> names = new ArrayList<>();
        for (int i = 0; i < doc.node(path).size(); i++) {
            String item = path + "[" + i + "]";
            schema.check(item, NAME);
            JsonNode from = doc.node(item + ".from");
            if (from.isObject()) {
                schema.check(item + ".from", FieldTable.required(Lang.EN.tag(), Lang.ZH.tag()));
                Map<Lang, String> byLang = new EnumMap<>(Lang.class);
                for (Lang lang : Lang.values()) {
                    byLang.put(lang, from.path(lang.tag()).asText());
                }
                names.add(new NamedReference(doc.node(item + ".name").asText(), byLang));
            } else if (DOCUMENTS.matcher(from.asText()).matches()) {
                names.add(NamedReference.fromDocuments(doc.node(item + ".name").asText(), from.asText()));
            } else {
                diagnostics.add(doc.error(item + ".from", "'" + from.asText() + "' is not only document names, and"
                        + " finding messages quote it in Chinese too", "write it as {en: \"...\", zh: \"...\"}"));
            }
        }
        return names;
    }

    /** The code as pages see it: IANA's name and reference, our standing and names. */
    private static Optional<RegistryEntry> entry(IanaCsv.Row row, Notes note, LocatedYaml doc,
                                                 List<Diagnostic> diagnostics) {
        String name = row.description();
        Matcher marked = MARKED.matcher(name);
        if (marked.matches() && REGISTERED_STATUSES.stream().anyMatch(s -> s.name().equals(marked.group(2)))) {
            name = marked.group(1);
            String marking = marked.group(2).toLowerCase(Locale.ROOT);
            if (!marking.equals(note.status().id())) {
                diagnostics.add(doc.error(note.path() + ".status", "IANA marks " + row.low() + " as " + marked.group(2)
                        + " (" + FILE + " line " + row.line() + "), but its status here is " + note.status().id(),
                        "set status: " + marking));
                return Optional.empty();
            }
        }
        Optional<List<String>> documents = IanaReference.documents(row.reference());
        if (documents.isEmpty()) {
            diagnostics.add(Diagnostic.error(FILE, row.line(), row.referenceColumn(), "the reference '"
                    + row.reference() + "' is not in IANA's form", "write documents in brackets, such as"
                    + " [RFC9110, Section 15.2.1]"));
            return Optional.empty();
        }
        Optional<Spec> spec = note.spec().or(() -> IanaReference.spec(documents.get().get(0)));
        if (spec.isEmpty()) {
            diagnostics.add(Diagnostic.error(FILE, row.line(), row.referenceColumn(), "no link can be made from the"
                    + " reference '" + row.reference() + "', which names no RFC", "give code " + row.low()
                    + " a spec: {label: ..., url: ...} in " + NOTES_FILE));
            return Optional.empty();
        }
        return Optional.of(new RegistryEntry(row.low(), name, spec.get(), note.status(), note.former(), note.other(),
                note.note()));
    }
}

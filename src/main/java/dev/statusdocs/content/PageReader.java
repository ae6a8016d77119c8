package dev.statusdocs.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.CodePage.RecordedFinding;
import dev.statusdocs.model.CodePage.Resolution;
import dev.statusdocs.model.CodePage.Section;
import dev.statusdocs.model.CodeClass;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.Spec;
import dev.statusdocs.model.CodeStatus;
import dev.statusdocs.yaml.FieldTable;
import dev.statusdocs.yaml.LocatedYaml;
import dev.statusdocs.yaml.YamlSchema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one canonical page strictly: every problem becomes a diagnostic with line and column. */
public final class PageReader {
    static final FieldTable FIELDS = FieldTable.required("code", "title", "class", "status", "summary")
            .optional("spec", "related", "missing_languages", "resolutions", "findings", "translation", "provenance");
    private static final FieldTable LANG_FIELDS = FieldTable.optionalOnly("en", "zh");
    private static final FieldTable SPEC_FIELDS = FieldTable.optionalOnly("label", "url");
    private static final FieldTable RESOLUTION_FIELDS = FieldTable.required("finding", "en", "zh").optional("glosses");
    private static final FieldTable FINDING_FIELDS = FieldTable.required("kind", "severity", "message", "evidence");
    private static final FieldTable EVIDENCE_FIELDS = FieldTable.required("source", "line", "quote");
    private static final FieldTable PROVENANCE_FIELDS = FieldTable.optionalOnly("source", "line", "lang");
    private static final Pattern FILE_NAME = Pattern.compile("(?:.*/)?(\\d{3})\\.md");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern LEVEL_TWO = Pattern.compile("^##\\s+(.*?)\\s*#*\\s*$");

    /** The page, when it could be read at all, and every problem found in it. */
    public record Result(Optional<CodePage> page, List<Diagnostic> diagnostics) {
    }

    public Result read(String file, String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<String> lines = List.of(LINE_BREAK.split(text, -1));
        Optional<FrontMatter> parts = FrontMatter.split(lines);
        if (parts.isEmpty()) {
            diagnostics.add(Diagnostic.error(file, 1, 1, "the page does not start with front matter between two '---' lines",
                    "start the file with '---', the fields, and another '---'; see CONTRIBUTING.md"));
            return new Result(Optional.empty(), diagnostics);
        }
        FrontMatter frontMatter = parts.get();
        Optional<LocatedYaml> parsed = LocatedYaml.parse(file, frontMatter.yaml(), frontMatter.yamlFirstLine() - 1, diagnostics);
        if (parsed.isEmpty()) {
            return new Result(Optional.empty(), diagnostics);
        }
        LocatedYaml doc = parsed.get();
        YamlSchema schema = new YamlSchema(doc, diagnostics);
        if (!doc.root().isObject()) {
            diagnostics.add(doc.error("", "front matter must be a mapping of fields"));
            return new Result(Optional.empty(), diagnostics);
        }
        schema.check("", FIELDS);
        int code = code(file, doc, diagnostics);
        Map<Lang, String> title = languageMap(doc, schema, diagnostics, "title");
        Map<Lang, String> summary = languageMap(doc, schema, diagnostics, "summary");
        String codeClass = text(doc, diagnostics, "class");
        if (code > 0 && doc.root().has("class") && !codeClass.equals(CodeClass.of(code))) {
            diagnostics.add(doc.error("class", "class '" + codeClass + "' does not match code " + code,
                    "use '" + CodeClass.of(code) + "'"));
        }
        CodeStatus status = status(doc, diagnostics);
        Optional<Spec> spec = spec(doc, schema, diagnostics);
        List<CodePage.CodeRef> related = related(doc, diagnostics);
        Set<Lang> missing = EnumSet.noneOf(Lang.class);
        missing.addAll(schema.languages("missing_languages"));
        List<Resolution> resolutions = resolutions(doc, schema, diagnostics);
        List<RecordedFinding> recorded = recordedFindings(doc, schema, diagnostics);
        Map<Lang, String> translation = languageMap(doc, schema, diagnostics, "translation");
        checkProvenance(doc, schema);
        Map<Lang, Section> sections = sections(file, frontMatter, missing, diagnostics);
        for (Lang lang : Lang.values()) {
            if (!missing.contains(lang) && !summary.containsKey(lang) && doc.root().has("summary")) {
                diagnostics.add(doc.error("summary", "summary has no '" + lang.tag() + "' text",
                        "write a one-sentence summary, or list " + lang.tag() + " under missing_languages"));
            }
        }
        boolean fatal = diagnostics.stream().anyMatch(Diagnostic::isError);
        if (fatal) {
            return new Result(Optional.empty(), diagnostics);
        }
        return new Result(Optional.of(new CodePage(file, code, title, codeClass, status, spec, summary, related,
                missing, resolutions, recorded, translation, sections,
                TranslationState.staleLanguages(translation, sections, summary))), diagnostics);
    }

    private static int code(String file, LocatedYaml doc, List<Diagnostic> diagnostics) {
        JsonNode node = doc.root().path("code");
        if (node.isMissingNode()) {
            return 0;
        }
        if (!node.isInt() || node.asInt() < 100 || node.asInt() > 999) {
            diagnostics.add(doc.error("code", "code must be a three-digit number, found '" + node.asText() + "'"));
            return 0;
        }
        int code = node.asInt();
        Matcher name = FILE_NAME.matcher(file);
        if (!name.matches() || Integer.parseInt(name.group(1)) != code) {
            diagnostics.add(doc.error("code", "the file name does not match code " + code,
                    "rename the file to " + code + ".md, or correct the code"));
        }
        return code;
    }

    private static String text(LocatedYaml doc, List<Diagnostic> diagnostics, String path) {
        JsonNode node = doc.node(path);
        if (node.isMissingNode()) {
            return "";
        }
        if (!node.isTextual()) {
            diagnostics.add(doc.error(path, "'" + path + "' must be text"));
            return "";
        }
        return node.asText();
    }

    private static Map<Lang, String> languageMap(LocatedYaml doc, YamlSchema schema, List<Diagnostic> diagnostics,
                                                 String path) {
        Map<Lang, String> values = new EnumMap<>(Lang.class);
        JsonNode node = doc.node(path);
        if (node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            diagnostics.add(doc.error(path, "'" + path + "' must have an 'en' and a 'zh' field"));
            return values;
        }
        schema.check(path, LANG_FIELDS);
        for (Lang lang : Lang.values()) {
            String value = text(doc, diagnostics, path + "." + lang.tag());
            if (!value.isBlank()) {
                values.put(lang, value.strip());
            }
        }
        return values;
    }

    private static CodeStatus status(LocatedYaml doc, List<Diagnostic> diagnostics) {
        String id = text(doc, diagnostics, "status");
        try {
            return CodeStatus.fromId(id);
        } catch (IllegalArgumentException e) {
            if (!id.isEmpty()) {
                diagnostics.add(doc.error("status", "unknown status '" + id + "'",
                        "use one of: standard, deprecated, unused, obsoleted, temporary, unofficial, invalid"));
            }
            return CodeStatus.STANDARD;
        }
    }

    private static Optional<Spec> spec(LocatedYaml doc, YamlSchema schema, List<Diagnostic> diagnostics) {
        if (doc.node("spec").isMissingNode() || doc.node("spec").isNull()) {
            return Optional.empty();
        }
        schema.check("spec", SPEC_FIELDS);
        String label = text(doc, diagnostics, "spec.label");
        String url = text(doc, diagnostics, "spec.url");
        if (!url.startsWith("https://")) {
            diagnostics.add(doc.error("spec.url", "spec.url must be an https:// link to the defining section"));
        }
        return Optional.of(new Spec(label, url));
    }

    private static List<CodePage.CodeRef> related(LocatedYaml doc, List<Diagnostic> diagnostics) {
        JsonNode node = doc.node("related");
        List<CodePage.CodeRef> related = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return related;
        }
        if (!node.isArray()) {
            diagnostics.add(doc.error("related", "'related' must be a list of codes, such as [401, 407]"));
            return related;
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isInt()) {
                diagnostics.add(doc.error("related[" + i + "]", "expected a status code number"));
            } else {
                LocatedYaml.Position at = doc.valuePosition("related[" + i + "]");
                related.add(new CodePage.CodeRef(node.get(i).asInt(), at.line(), at.column()));
            }
        }
        return related;
    }

    private static List<Resolution> resolutions(LocatedYaml doc, YamlSchema schema, List<Diagnostic> diagnostics) {
        List<Resolution> resolutions = new ArrayList<>();
        JsonNode node = doc.node("resolutions");
        for (int i = 0; i < node.size(); i++) {
            String path = "resolutions[" + i + "]";
            schema.check(path, RESOLUTION_FIELDS);
            Map<Lang, String> text = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                text.put(lang, text(doc, diagnostics, path + "." + lang.tag()));
            }
            resolutions.add(new Resolution(text(doc, diagnostics, path + ".finding"), text,
                    doc.valuePosition(path).line(), glosses(doc, schema, diagnostics, path + ".glosses")));
        }
        return resolutions;
    }

    /** A resolution's glosses: source id to a gloss in one language or both. */
    private static Map<String, CodePage.Gloss> glosses(LocatedYaml doc, YamlSchema schema, List<Diagnostic> diagnostics,
                                                       String path) {
        Map<String, CodePage.Gloss> glosses = new TreeMap<>();
        JsonNode node = doc.node(path);
        if (node.isMissingNode() || node.isNull()) {
            return glosses;
        }
        if (!node.isObject()) {
            diagnostics.add(doc.error(path, "'glosses' must map a source id to its gloss",
                    "for example glosses: {zh-pdf: {en: \"Says 421 means too many connections.\"}}"));
            return glosses;
        }
        node.fieldNames().forEachRemaining(source -> {
            String glossPath = path + "." + source;
            Map<Lang, String> text = languageMap(doc, schema, diagnostics, glossPath);
            LocatedYaml.Position at = doc.keyPosition(glossPath);
            if (text.isEmpty() && doc.node(glossPath).isObject()) {
                diagnostics.add(doc.keyError(glossPath, "the gloss for '" + source + "' has no text",
                        "write what the quote claims in the language of the pages that need it: en, zh or both"));
            }
            glosses.put(source, new CodePage.Gloss(text, at.line(), at.column()));
        });
        return glosses;
    }

    private static List<RecordedFinding> recordedFindings(LocatedYaml doc, YamlSchema schema,
                                                          List<Diagnostic> diagnostics) {
        List<RecordedFinding> recorded = new ArrayList<>();
        JsonNode node = doc.node("findings");
        for (int i = 0; i < node.size(); i++) {
            String path = "findings[" + i + "]";
            schema.check(path, FINDING_FIELDS);
            String kind = text(doc, diagnostics, path + ".kind");
            if (FindingKind.fromId(kind).isEmpty()) {
                diagnostics.add(doc.error(path + ".kind", "unknown finding kind '" + kind + "'"));
            }
            String severity = text(doc, diagnostics, path + ".severity");
            if (!Set.of("error", "warning", "info").contains(severity)) {
                diagnostics.add(doc.error(path + ".severity", "severity must be error, warning or info"));
            }
            Map<Lang, String> message = languageMap(doc, schema, diagnostics, path + ".message");
            List<Evidence> evidence = new ArrayList<>();
            JsonNode items = doc.node(path + ".evidence");
            for (int j = 0; j < items.size(); j++) {
                String itemPath = path + ".evidence[" + j + "]";
                schema.check(itemPath, EVIDENCE_FIELDS);
                evidence.add(new Evidence(text(doc, diagnostics, itemPath + ".source"), "",
                        items.get(j).path("line").asInt(), text(doc, diagnostics, itemPath + ".quote")));
            }
            recorded.add(new RecordedFinding(kind, severity, message, evidence, doc.valuePosition(path).line()));
        }
        return recorded;
    }

    private static void checkProvenance(LocatedYaml doc, YamlSchema schema) {
        JsonNode node = doc.node("provenance");
        for (int i = 0; i < node.size(); i++) {
            schema.check("provenance[" + i + "]", PROVENANCE_FIELDS);
        }
    }

    private static Map<Lang, Section> sections(String file, FrontMatter parts, Set<Lang> missing,
                                               List<Diagnostic> diagnostics) {
        Map<Lang, Section> sections = new EnumMap<>(Lang.class);
        List<String> lines = List.of(parts.body().split("\n", -1));
        Lang current = null;
        int start = 0;
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            Matcher heading = line == null ? null : LEVEL_TWO.matcher(line);
            boolean isHeading = heading != null && heading.matches();
            if (line == null || isHeading) {
                if (current != null) {
                    sections.put(current, new Section(current, start, markdown.toString().stripTrailing()));
                }
                if (line == null) {
                    break;
                }
                Optional<Lang> lang = sectionLanguage(heading.group(1));
                int lineNumber = parts.bodyFirstLine() + i;
                if (lang.isEmpty()) {
                    diagnostics.add(Diagnostic.error(file, lineNumber, 1, "unknown section '" + heading.group(1) + "'",
                            "the body has two sections, '## English' and '## 中文'; use '###' for headings inside them"));
                    current = null;
                } else if (sections.containsKey(lang.get())) {
                    diagnostics.add(Diagnostic.error(file, lineNumber, 1, "the section '" + heading.group(1) + "' appears twice"));
                    current = null;
                } else {
                    current = lang.get();
                    start = lineNumber + 1;
                    markdown.setLength(0);
                }
                continue;
            }
            if (current != null) {
                markdown.append(line).append('\n');
            } else if (!line.isBlank() && sections.isEmpty()) {
                diagnostics.add(Diagnostic.error(file, parts.bodyFirstLine() + i, 1,
                        "text before the first language section", "put it under '## English' or '## 中文'"));
            }
        }
        for (Lang lang : Lang.values()) {
            boolean empty = !sections.containsKey(lang) || sections.get(lang).markdown().isBlank();
            if (empty && !missing.contains(lang)) {
                diagnostics.add(Diagnostic.error(file, parts.bodyFirstLine() + lines.size() - 1, 1,
                        "missing language section '## " + lang.nativeName() + "'",
                        "add the section, or list '" + lang.tag() + "' under missing_languages"));
            }
            if (!empty && missing.contains(lang)) {
                diagnostics.add(Diagnostic.warning(file, sections.get(lang).line(), 1,
                        "'" + lang.tag() + "' is listed under missing_languages but the page has that section"));
            }
        }
        return sections;
    }

    static Optional<Lang> sectionLanguage(String heading) {
        for (Lang lang : Lang.values()) {
            if (heading.equals(lang.nativeName())) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }
}

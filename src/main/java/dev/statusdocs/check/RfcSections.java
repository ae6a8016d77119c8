package dev.statusdocs.check;

import dev.statusdocs.files.ProjectFiles;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.yaml.FieldTable;
import dev.statusdocs.yaml.LocatedYaml;
import dev.statusdocs.yaml.YamlSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of each RFC the content may link to, from {@code content/rfc-sections.yaml}, and the check that
 * every {@code rfc-editor.org} section link in a text points at one of them.
 */
public record RfcSections(Map<Integer, Set<String>> sectionsByRfc) {
    public static final String FILE = "content/rfc-sections.yaml";
    private static final FieldTable TOP = FieldTable.required("rfcs");
    private static final FieldTable RFC = FieldTable.required("rfc", "from", "sections").optional("complete");
    private static final Pattern SECTION_LINK =
            Pattern.compile("https?://www\\.rfc-editor\\.org/rfc/rfc(\\d+)(?:\\.html)?#section-([0-9A-Za-z]+(?:\\.[0-9]+)*)");
    /** A section as IANA's registry cites it: {@code [RFC9110, Section 15.2.1]}. */
    private static final Pattern IANA_REFERENCE = Pattern.compile("\\[RFC(\\d+), Section ([0-9A-Z]+(?:\\.[0-9]+)*)]");
    private static final Pattern SECTION_NUMBER = Pattern.compile("[0-9A-Z]+(\\.[0-9]+)*");

    public RfcSections {
        sectionsByRfc = Map.copyOf(sectionsByRfc);
    }

    /** Reads the list under {@code root}; a project without one has its RFC links left unchecked. */
    public static RfcSections read(Path root, List<Diagnostic> diagnostics) {
        return new ProjectFiles(root).readIfPresent(FILE, diagnostics)
                .flatMap(text -> LocatedYaml.parse(FILE, text, 0, diagnostics)).map(doc -> parse(doc, diagnostics))
                .orElse(new RfcSections(Map.of()));
    }

    static RfcSections parse(LocatedYaml doc, List<Diagnostic> diagnostics) {
        YamlSchema schema = new YamlSchema(doc, diagnostics);
        schema.check("", TOP);
        Map<Integer, Set<String>> sections = new TreeMap<>();
        int count = doc.node("rfcs").isArray() ? doc.node("rfcs").size() : 0;
        for (int i = 0; i < count; i++) {
            String path = "rfcs[" + i + "]";
            schema.check(path, RFC);
            if (!doc.node(path + ".rfc").canConvertToInt()) {
                diagnostics.add(doc.error(path + ".rfc", "expected an RFC number, such as 9110"));
                continue;
            }
            List<String> numbers = schema.strings(path + ".sections");
            for (int s = 0; s < numbers.size(); s++) {
                if (!SECTION_NUMBER.matcher(numbers.get(s)).matches()) {
                    diagnostics.add(doc.error(path + ".sections[" + s + "]",
                            "'" + numbers.get(s) + "' is not a section number", "write it as in the RFC: 15.4.5, A, B.1"));
                }
            }
            int rfc = doc.node(path + ".rfc").asInt();
            if (sections.putIfAbsent(rfc, Set.copyOf(numbers)) != null) {
                diagnostics.add(doc.error(path + ".rfc", "RFC " + rfc + " is listed twice", "keep one list per RFC"));
            }
        }
        return new RfcSections(sections);
    }

    /**
     * A diagnostic for every section link in {@code text} (a whole file), and every section IANA's form cites, that
     * points at no listed section.
     */
    public List<Diagnostic> check(String file, String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (sectionsByRfc.isEmpty()) {
            return diagnostics;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Pattern pattern : List.of(SECTION_LINK, IANA_REFERENCE)) {
                Matcher link = pattern.matcher(lines[i]);
                while (link.find()) {
                    int line = i + 1;
                    int column = link.start(2) + 1;
                    problem(Integer.parseInt(link.group(1)), link.group(2)).ifPresent(message -> diagnostics.add(
                            Diagnostic.error(file, line, column, message, "link to a section listed for that RFC in "
                                    + FILE + ", or add the RFC's sections there")));
                }
            }
        }
        return diagnostics;
    }

    /** {@link #check} on a file under {@code root}; a file that cannot be read is left to its own reader. */
    public List<Diagnostic> checkFile(Path root, String file) {
        return new ProjectFiles(root).readIfPresent(file, new ArrayList<>()).map(text -> check(file, text))
                .orElse(List.of());
    }

    private Optional<String> problem(int rfc, String section) {
        Set<String> known = sectionsByRfc.get(rfc);
        if (known == null) {
            return Optional.of("no section list for RFC " + rfc);
        }
        return known.contains(section) ? Optional.empty() : Optional.of("RFC " + rfc + " has no section " + section);
    }
}

package dev.statusdocs.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.CodeStatus;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.model.Spec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryReaderTest {
    private static final String CSV = """
            Value,Description,Reference
            100-199,Unassigned,
            200,OK,"[RFC9110, Section 15.3.1]"
            201-509,Unassigned,
            510,Not Extended (OBSOLETED),[RFC2774]
            511-599,Unassigned,
            """;
    private static final String NOTES = """
            iana:
              last_updated: "2025-09-15"
              url: "https://www.iana.org/assignments/http-status-codes/"
            codes:
              - {code: 200, status: standard}
              - code: 510
                status: obsoleted
                other_names:
                  - {name: "Extended", from: "RFC 2774"}
                  - {name: "Not Extensible", from: {en: "an old article", zh: "一篇旧文章"}}
            """;

    private static RegistryReader.Result read(String csv, String notes) {
        return new RegistryReader().read(csv, notes);
    }

    @Test
    void namesAndLinksComeFromIanasRowsAndStandingAndOtherNamesFromTheNotes() {
        RegistryReader.Result result = read(CSV, NOTES);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(Optional.of(LocalDate.of(2025, 9, 15)), result.lastUpdated());
        RegistryEntry ok = result.registry().find(200).orElseThrow();
        assertEquals(new Spec("RFC 9110, Section 15.3.1", "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1"),
                ok.spec());
        RegistryEntry extended = result.registry().find(510).orElseThrow();
        assertEquals("Not Extended", extended.name(), "IANA's standing mark is not part of the name");
        assertEquals(CodeStatus.OBSOLETED, extended.status());
        assertEquals(new Spec("RFC 2774", "https://www.rfc-editor.org/rfc/rfc2774.html"), extended.spec());
        assertEquals("RFC 2774", extended.otherNames().get(0).from(Lang.ZH));
        assertEquals("一篇旧文章", extended.otherNames().get(1).from(Lang.ZH));
        assertEquals(List.of(200, 510), result.registry().entries().stream().map(RegistryEntry::code).toList());
    }

    @Test
    void aSpecInTheNotesStandsForAReferenceThatNamesNoRfc() {
        String csv = CSV.replace("[RFC2774]", "[draft-example-extensions]");
        String notes = NOTES.replace("status: obsoleted\n", "status: obsoleted\n    spec: {label: \"draft-example-extensions\","
                + " url: \"https://datatracker.ietf.org/doc/draft-example-extensions/\"}\n");
        RegistryReader.Result result = read(csv, notes);
        assertEquals(List.of(), result.diagnostics());
        assertEquals("https://datatracker.ietf.org/doc/draft-example-extensions/",
                result.registry().find(510).orElseThrow().spec().url());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            notes-not-in-iana  | 201-509,Unassigned,                 | 201,Created,[RFC9110]\\n202-509,Unassigned, |  | content/registry.csv:4:1: error: code 201 is in the IANA registry but has no entry in content/registry-notes.yaml
            iana-not-in-notes  | {code: 200, status: standard}       | {code: 202, status: standard}               | x | content/registry.csv:3:1: error: code 200 is in the IANA registry but has no entry in content/registry-notes.yaml ; content/registry-notes.yaml:5:12: error: code 202 has notes, but the IANA registry in content/registry.csv does not list it
            marked-otherwise   | status: obsoleted                   | status: deprecated                          | x | content/registry-notes.yaml:7:13: error: IANA marks 510 as OBSOLETED (content/registry.csv line 5), but its status here is deprecated
            no-link            | [RFC2774]                           | [draft-example-extensions]                  |  | content/registry.csv:5:30: error: no link can be made from the reference '[draft-example-extensions]', which names no RFC
            not-ianas-form     | [RFC2774]                           | RFC 2774                                    |  | content/registry.csv:5:30: error: the reference 'RFC 2774' is not in IANA's form
            english-from       | {en: "an old article", zh: "一篇旧文章"} | "an old article"                        | x | content/registry-notes.yaml:10:40: error: 'an old article' is not only document names, and finding messages quote it in Chinese too
            bad-date           | "2025-09-15"                        | "15 September 2025"                         | x | content/registry-notes.yaml:2:17: error: expected IANA's Last Updated date, such as 2025-09-15
            gap                | 511-599,Unassigned,                 | 512-599,Unassigned,                         |  | content/registry.csv:6:1: error: no row covers 511, before this one
            """)
    void eachProblemIsReportedAtItsLineAndColumn(String mode, String from, String to, String inNotes, String expected) {
        String replacement = to.replace("\\n", "\n");
        boolean notes = inNotes != null;
        String csv = notes ? CSV : replaceOnce(CSV, from, replacement);
        String yaml = notes ? replaceOnce(NOTES, from, replacement) : NOTES;
        List<String> actual = read(csv, yaml).diagnostics().stream().map(Diagnostic::format)
                .map(d -> d.split("\n")[0]).toList();
        assertEquals(Arrays.stream(expected.split(" ; ")).map(String::strip).toList(), actual);
    }

    private static String replaceOnce(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        int at = text.indexOf(from);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    @Test
    void theProjectsRegistryReadsWithoutProblemsAndCoversEveryCodeOnce() throws IOException {
        RegistryReader.Result result = read(Files.readString(Path.of(RegistryReader.FILE), StandardCharsets.UTF_8),
                Files.readString(Path.of(RegistryReader.NOTES_FILE), StandardCharsets.UTF_8));
        assertEquals(List.of(), result.diagnostics());
        long assigned = IanaCsv.parse(RegistryReader.FILE,
                Files.readString(Path.of(RegistryReader.FILE), StandardCharsets.UTF_8)).assigned().size();
        assertEquals(assigned, result.registry().entries().size());
        assertTrue(result.lastUpdated().orElseThrow().isAfter(LocalDate.of(2025, 9, 14)),
                "the registry reflects at least the extension of a temporary registration on 2025-09-15");
    }
}

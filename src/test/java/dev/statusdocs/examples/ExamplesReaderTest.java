package dev.statusdocs.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.CodeStatus;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.model.Spec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of bad example is reported at its exact line and column inside content/examples.yaml. */
class ExamplesReaderTest {
    private static final Registry REGISTRY = new Registry(List.of(entry(100, "Continue"), entry(201, "Created"),
            entry(404, "Not Found"), entry(429, "Too Many Requests")));

    private static RegistryEntry entry(int code, String name) {
        return new RegistryEntry(code, name, new Spec("RFC 9110", "https://www.rfc-editor.org/rfc/rfc9110.html"),
                CodeStatus.STANDARD, List.of(), List.of(), "");
    }

    /** A file with one entry for {@code code} whose exchange is {@code lines}, starting on line 7. */
    private static String file(int code, String... lines) {
        StringBuilder yaml = new StringBuilder("codes:\n  - code: " + code + "\n    examples:\n"
                + "      - caption: {en: \"An example.\", zh: \"一个示例。\"}\n"
                + "        note: {en: \"A note.\", zh: \"说明。\"}\n        exchange: |\n");
        for (String line : lines) {
            yaml.append(line.isEmpty() ? "" : "          " + line).append('\n');
        }
        return yaml.toString();
    }

    private static List<String> problems(String yaml) {
        return new ExamplesReader().read(yaml, REGISTRY).diagnostics().stream()
                .map(d -> d.file() + ":" + d.line() + ":" + d.column() + ": " + d.message()).toList();
    }

    private static void assertOneProblem(String expectedStart, String yaml) {
        List<String> problems = problems(yaml);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(expectedStart), problems.get(0));
    }

    @Test
    void aValidExchangeWithAnInterimResponseIsReadWithItsPlaceInTheFile() {
        String yaml = file(100, "PUT /a HTTP/1.1", "Host: example.com", "Content-Length: 9", "Expect: 100-continue",
                "", "HTTP/1.1 100 Continue", "", "HTTP/1.1 201 Created", "Content-Length: 2", "", "ok");
        ExamplesReader.Result result = new ExamplesReader().read(yaml, REGISTRY);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(7, result.examples().get(100).examples().get(0).exchangeLine());
        assertEquals(10, result.examples().get(100).examples().get(0).exchangeIndent());
    }

    @Test
    void whitespaceBeforeAFieldColonIsReportedAtTheLineOfThatField() {
        assertOneProblem("content/examples.yaml:9:26: whitespace between the field name and the colon",
                file(404, "GET /a HTTP/1.1", "Host: example.com", "Accept-Language : en", "", "HTTP/1.1 404 Not Found"));
    }

    @Test
    void aFoldedFieldLineIsReportedWhereItStarts() {
        assertOneProblem("content/examples.yaml:11:11: a field line starts with whitespace",
                file(404, "GET /a HTTP/1.1", "Host: example.com", "", "HTTP/1.1 404 Not Found", " continued"));
    }

    @Test
    void aRequestLineWithoutAVersionIsReported() {
        assertOneProblem("content/examples.yaml:7:11: expected a request line",
                file(404, "GET /a", "Host: example.com", "", "HTTP/1.1 404 Not Found"));
    }

    @Test
    void aBadVersionIsReportedAtItsColumn() {
        assertOneProblem("content/examples.yaml:7:18: 'HTTP/1' is not an HTTP version",
                file(404, "GET /a HTTP/1", "Host: example.com", "", "HTTP/1.1 404 Not Found"));
    }

    @Test
    void aContentLengthThatDiffersFromTheBodyIsReportedAtItsValue() {
        assertOneProblem("content/examples.yaml:11:27: Content-Length says 5 bytes, but the body has 4",
                file(404, "GET /a HTTP/1.1", "Host: example.com", "", "HTTP/1.1 404 Not Found",
                        "Content-Length: 5", "", "gone"));
    }

    @Test
    void aBodyIsCountedInUtf8Bytes() {
        assertEquals(List.of(), problems(file(404, "GET /a HTTP/1.1", "Host: example.com", "",
                "HTTP/1.1 404 Not Found", "Content-Length: 6", "", "不在")));
    }

    @Test
    void aReasonPhraseOtherThanTheRegisteredNameIsReportedAtThePhrase() {
        assertOneProblem("content/examples.yaml:10:24: the reason phrase 'Missing' is not the registered name of 404",
                file(404, "GET /a HTTP/1.1", "Host: example.com", "", "HTTP/1.1 404 Missing"));
    }

    @Test
    void anExampleWhoseResponseCarriesAnotherCodeIsReported() {
        assertOneProblem("content/examples.yaml:10:20: no response in the example has the status code 429",
                file(429, "GET /a HTTP/1.1", "Host: example.com", "", "HTTP/1.1 404 Not Found"));
    }

    @Test
    void aRequestWithoutHostIsReported() {
        assertOneProblem("content/examples.yaml:7:11: the request has no Host field",
                file(404, "GET /a HTTP/1.1", "Accept: */*", "", "HTTP/1.1 404 Not Found"));
    }

    @Test
    void aBodyInA204OrAResponseToHeadIsReported() {
        assertOneProblem("content/examples.yaml:13:11: a response to HEAD has no content, but a body follows",
                file(404, "HEAD /a HTTP/1.1", "Host: example.com", "", "HTTP/1.1 404 Not Found",
                        "Content-Length: 4", "", "gone"));
    }

    @Test
    void aFinalResponseBeforeAnotherIsReported() {
        assertOneProblem("content/examples.yaml:10:11: a 404 response is final, but another response follows it",
                file(429, "GET /a HTTP/1.1", "Host: example.com", "", "HTTP/1.1 404 Not Found", "",
                        "HTTP/1.1 429 Too Many Requests"));
    }

    @Test
    void anExchangeThatIsNotALiteralBlockIsReportedAtItsValue() {
        String yaml = "codes:\n  - code: 404\n    examples:\n      - caption: {en: \"a\", zh: \"b\"}\n"
                + "        exchange: \"GET / HTTP/1.1\\nHost: a\\n\\nHTTP/1.1 404 Not Found\"\n";
        assertOneProblem("content/examples.yaml:5:19: write the exchange as a literal block", yaml);
    }

    @Test
    void examplesAndAReasonForNoneTogetherAreReported() {
        String yaml = file(404, "GET /a HTTP/1.1", "Host: example.com", "", "HTTP/1.1 404 Not Found")
                + "    none: {en: \"None.\", zh: \"无。\"}\n";
        assertOneProblem("content/examples.yaml:2:5: give either examples or a reason for none", yaml);
    }

    @Test
    void aCaptionWithoutChineseIsReported() {
        String yaml = file(404, "GET /a HTTP/1.1", "Host: example.com", "", "HTTP/1.1 404 Not Found")
                .replace(", zh: \"一个示例。\"", "");
        assertOneProblem("content/examples.yaml:4:9: missing required field 'zh'", yaml);
    }

    @Test
    void aCodeListedTwiceIsReportedAtTheSecond() {
        String one = file(404, "GET /a HTTP/1.1", "Host: example.com", "", "HTTP/1.1 404 Not Found");
        String yaml = one + one.substring("codes:\n".length());
        assertOneProblem("content/examples.yaml:11:5: code 404 is listed twice", yaml);
    }

    @Test
    void everyDiagnosticIsAnError() {
        List<Diagnostic> diagnostics = new ExamplesReader().read(file(404, "GET /a", ""), REGISTRY).diagnostics();
        assertTrue(!diagnostics.isEmpty() && diagnostics.stream().allMatch(Diagnostic::isError));
    }
}

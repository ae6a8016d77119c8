package dev.statusdocs.vendors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.VendorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One fixture per kind of bad vendor data (src/test/resources/vendors/KIND.yaml, each the valid fixture with one
 * thing broken): the reader reports exactly these problems, at these lines and columns, each with a hint.
 */
class VendorReaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-field     | 12:5: error: unknown field 'doc' ; 9:5: error: missing required field 'docs'
            missing-field     | 9:5: error: missing required field 'name'
            unknown-vendor    | 10:13: error: unknown vendor 'ngnix'
            duplicate-row     | 14:5: error: code 444 of vendor 'nginx' is listed twice; the first is at line 9
            code-out-of-range | 9:11: error: a status code is a number from 100 to 599
            http-address      | 12:11: error: 'http://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return' is not an https:// address
            not-a-date        | 13:14: error: '2026-13-01' is not a date
            future-date       | 13:14: error: the date 2026-12-04 is in the future
            bad-vendor-id     | 5:9: error: vendor id 'Cloud Flare' is not a short lower-case name
            incomplete-note   | 14:5: error: missing required field 'zh'
            names-code-not-boolean | 14:17: error: names_code must be true or false
            """)
    void eachKindOfBadDataIsReportedAtItsLineAndColumn(String kind, String expected) throws IOException {
        List<Diagnostic> diagnostics = read(kind).diagnostics();
        List<String> wanted = Arrays.stream(expected.split(" ; ")).map(d -> VendorReader.FILE + ":" + d.strip()).toList();
        assertEquals(wanted, diagnostics.stream().map(d -> d.format().split("\n")[0]).toList());
        diagnostics.stream().filter(d -> !d.message().startsWith("missing required field"))
                .forEach(d -> assertTrue(d.hint().isPresent(), "no hint for: " + d.message()));
    }

    @Test
    void theValidFixtureReadsIntoVendorsAndRowsWithTheirPlaces() throws IOException {
        VendorReader.Result result = read("valid");
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of("nginx", "cloudflare"), result.vendors().vendors().stream().map(v -> v.id()).toList());
        VendorCode row = result.vendors().codes().get(0);
        assertEquals(List.of(444, 9, 5), List.of(row.code(), row.line(), row.column()));
        assertEquals(LocalDate.of(2026, 12, 1), row.checked());
    }

    @Test
    void aMisspeltVendorIdIsMetWithTheNearestListedOne() throws IOException {
        Diagnostic unknown = read("unknown-vendor").diagnostics().get(0);
        assertEquals("did you mean 'nginx'?", unknown.hint().orElseThrow());
    }

    private static VendorReader.Result read(String kind) throws IOException {
        String yaml = Files.readString(Path.of("src/test/resources/vendors", kind + ".yaml"), StandardCharsets.UTF_8);
        return new VendorReader(TODAY).read(yaml);
    }
}

package dev.statusdocs.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.model.CodeFacts;
import dev.statusdocs.model.CodeFacts.Cacheable;
import dev.statusdocs.model.CodeFacts.Retry;
import dev.statusdocs.model.CodeFacts.Sender;
import dev.statusdocs.model.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One fixture facts file per kind of bad data: each is reported at its line and column, nothing else is. */
class FactsReaderTest {
    @Test
    void validFactsAreReadWithTheYearOfEachRfc() {
        FactsReader.Result result = new FactsReader().read(DataFixtures.text("valid", "facts.yaml"), DataFixtures.REGISTRY);
        assertEquals(List.of(), result.diagnostics());
        Facts facts = result.facts();
        assertEquals(new CodeFacts(429, Cacheable.NEVER, List.of("Retry-After"), Retry.AFTER_DELAY,
                List.of(Sender.ORIGIN_SERVER, Sender.CDN)), facts.find(429).orElseThrow());
        assertEquals(2012, facts.year("RFC 6585, Section 4").orElseThrow());
        assertEquals("https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.3", facts.headers().get("Retry-After").url());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-value     | 5:20: error: unknown value 'false'
            unknown-header    | 6:83: error: header field 'Retry-Afer' is not in the header table
            missing-code      | 3:1: error: registered code 429 has no facts
            missing-year      | 1:1: error: RFC 6585, which defines 429 in content/registry.csv, has no year
            unregistered-code | 6:3: error: code 449 is not in the registry
            unknown-field     | 4:58: error: unknown field 'sender' ; 4:3: error: missing required field 'senders'
            header-address    | 3:47: error: the section defining Retry-After needs an https:// address ; 3:24: error: 'Section 10.2.3' names no RFC with a year under rfc_years
            bad-year          | 1:19: error: the year of RFC 9110 must be a year such as 2022
            """)
    void eachKindOfBadFactIsReportedAtItsLineAndColumn(String mode, String expected) {
        FactsReader.Result result = new FactsReader().read(DataFixtures.text(mode, "facts.yaml"), DataFixtures.REGISTRY);
        assertEquals(DataFixtures.expected(expected), DataFixtures.lines(result.diagnostics(), FactsReader.FILE));
    }

    @Test
    void aValueYamlWouldReadAsABooleanIsReportedWithTheAllowedValues() {
        FactsReader.Result result = new FactsReader().read(DataFixtures.text("unknown-value", "facts.yaml"),
                DataFixtures.REGISTRY);
        assertEquals("use one of: " + String.join(", ", CodeFacts.ids(Cacheable.class).stream().sorted().toList()),
                result.diagnostics().get(0).hint().orElseThrow());
    }
}

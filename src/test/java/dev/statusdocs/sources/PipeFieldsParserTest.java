package dev.statusdocs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipeFieldsParserTest {
    private final PipeFieldsParser parser = new PipeFieldsParser();

    @Test
    void fieldsFollowTheManifestOrder() {
        ParseResult result = parser.parse(SourceSpecs.of("pipe-fields", Lang.EN, "code", "phrase", "text"),
                "404 |\nNot Found |\nNothing here. |\n");
        Claim claim = result.claims().get(0);
        assertEquals(404, claim.code());
        assertEquals("Not Found", claim.phrase().orElseThrow());
        assertEquals("Nothing here.", claim.text());
    }

    @Test
    void lineWithoutClosingPipeContinuesOnTheNextEvenWhenItStartsWithDigits() {
        ParseResult result = parser.parse(SourceSpecs.of("pipe-fields", Lang.EN, "code", "text"),
                "410 |\nGone for good, unlike\n404 which may come back. |\n500 |\nBroken. |\n");
        assertEquals(List.of(410, 500), result.claims().stream().map(Claim::code).toList());
        assertEquals("Gone for good, unlike 404 which may come back.", result.claims().get(0).text());
    }

    @Test
    void repeatedEntryStaysTwoClaims() {
        ParseResult result = parser.parse(SourceSpecs.of("pipe-fields", Lang.EN, "code", "text"),
                "422 |\nFirst. |\n422 |\nSecond. |\n");
        assertEquals(List.of(1, 3), result.claims().stream().map(Claim::line).toList());
    }

    @Test
    void entryThatDoesNotStartWithACodeIsReportedWithItsLine() {
        ParseResult result = parser.parse(SourceSpecs.of("pipe-fields", Lang.EN, "code", "text"),
                "hello |\n200 |\nOK. |\n");
        assertEquals(1, result.claims().size());
        assertEquals(1, result.diagnostics().get(0).line());
        assertEquals("fixture.txt", result.diagnostics().get(0).file());
    }

    @Test
    void linesBeyondAFieldListOfOnlyTheCodeAreWarnedAboutWithoutMistakingThemForTheCode() {
        ParseResult result = parser.parse(SourceSpecs.of("pipe-fields", Lang.EN, "code"), "404 |\nNot Found |\n");
        assertEquals(List.of(404), result.claims().stream().map(Claim::code).toList());
        assertEquals(2, result.diagnostics().get(0).line());
    }

    @Test
    void emptyInputGivesNoClaims() {
        assertEquals(List.of(), parser.parse(SourceSpecs.of("pipe-fields", Lang.EN, "code", "text"), "").claims());
    }
}

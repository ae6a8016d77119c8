package dev.statusdocs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfcHeadingsParserTest {
    private final RfcHeadingsParser parser = new RfcHeadingsParser();

    @Test
    void onlyCodeHeadingsAreEntriesAndTextStopsAtTheNextHeadingOrRule() {
        String text = "# Status\n\n## Client Error 4xx\n\nIntro 404 text.\n\n### 404 Not Found\n\nNot here.\n\n"
                + "Second paragraph.\n\n---\n\nAfter the rule.\n\n### 306 (Unused)\n\nReserved.\n\n## Method\n\n- GET\n";
        List<Claim> claims = parser.parse(SourceSpecs.of("rfc-headings", Lang.EN), text).claims();
        assertEquals(List.of(7, 17), claims.stream().map(Claim::line).toList());
        assertEquals("Not here.\n\nSecond paragraph.", claims.get(0).text());
        assertEquals("(Unused)", claims.get(1).phrase().orElseThrow());
        assertEquals("Reserved.", claims.get(1).text());
    }

    @Test
    void headingWithNoTextGivesAnEmptyEntry() {
        List<Claim> claims = parser.parse(SourceSpecs.of("rfc-headings", Lang.EN),
                "### 307 Temporary Redirect\n\n### 308 Permanent Redirect\n").claims();
        assertEquals(List.of("", ""), claims.stream().map(Claim::text).toList());
    }
}

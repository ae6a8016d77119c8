package dev.statusdocs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.SourceSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parser results as lines to compare with a fixture's hand-written FILE.expected: one line per claim
 * ({@code LINE CODE sSECTION | PHRASE | TEXT}, a line break in TEXT written as a backslash and n), then one per diagnostic ({@code LINE:COL: severity: message}).
 */
final class Golden {
    private Golden() {
    }

    static void assertMatches(SourceParser parser, String format, Path fixture) throws IOException {
        assertMatches(parser, SourceSpecs.of(format, Lang.EN, "code", "phrase", "text"), fixture);
    }

    static void assertMatches(SourceParser parser, SourceSpec spec, Path fixture) throws IOException {
        Path expected = fixture.resolveSibling(fixture.getFileName() + ".expected");
        String text = new String(Files.readAllBytes(fixture), StandardCharsets.UTF_8);
        ParseResult result = parser.parse(spec, text);
        assertEquals(Files.readAllLines(expected, StandardCharsets.UTF_8), lines(result));
    }

    static List<String> lines(ParseResult result) {
        List<String> lines = new ArrayList<>();
        for (Claim claim : result.claims()) {
            lines.add(claim.line() + " " + claim.code() + " s" + claim.section() + " | "
                    + claim.phrase().orElse("") + " | " + claim.text().replace("\n", "\\n"));
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            lines.add(diagnostic.format().split("\n")[0].substring(diagnostic.file().length() + 1));
        }
        return lines;
    }
}

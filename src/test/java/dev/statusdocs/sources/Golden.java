package dev.statusdocs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parser results as lines to compare with a fixture's hand-written NAME.expected: one line per claim
 * ({@code LINE CODE sSECTION | PHRASE | TEXT}), then one per diagnostic ({@code LINE:COL: severity: message}).
 */
final class Golden {
    private Golden() {
    }

    static void assertMatches(SourceParser parser, String format, Path fixture) throws IOException {
        String name = fixture.getFileName().toString();
        Path expected = fixture.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
        String text = new String(Files.readAllBytes(fixture), StandardCharsets.UTF_8);
        ParseResult result = parser.parse(SourceSpecs.of(format, Lang.EN, "code", "phrase", "text"), text);
        assertEquals(Files.readAllLines(expected, StandardCharsets.UTF_8), lines(result));
    }

    static List<String> lines(ParseResult result) {
        List<String> lines = new ArrayList<>();
        for (Claim claim : result.claims()) {
            lines.add(claim.line() + " " + claim.code() + " s" + claim.section() + " | "
                    + claim.phrase().orElse("") + " | " + claim.text());
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            lines.add(diagnostic.format().split("\n")[0].substring(diagnostic.file().length() + 1));
        }
        return lines;
    }
}

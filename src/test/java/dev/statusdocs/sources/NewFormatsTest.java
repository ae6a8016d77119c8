package dev.statusdocs.sources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The formats a source can use by manifest alone, each against a fixture (src/test/resources/sources/formats/)
 * whose claims and diagnostics, with their lines and columns, were written by hand in FILE.expected.
 */
class NewFormatsTest {
    private static final Path FORMATS = Path.of("src/test/resources/sources/formats");

    @Test
    void csvRowsAfterTheHeaderAreEntriesWithRfc4180Quoting() throws IOException {
        Golden.assertMatches(SourceFormat.CSV.parser(), SourceSpecs.withColumns("csv",
                Map.of("code", "Value", "phrase", "Description", "text", "Notes")), FORMATS.resolve("codes.csv"));
    }

    @Test
    void tsvRowsAreSplitAtTabsOnly() throws IOException {
        Golden.assertMatches(SourceFormat.TSV.parser(), SourceSpecs.withColumns("tsv",
                Map.of("code", "Value", "phrase", "Description", "text", "Notes")), FORMATS.resolve("codes.tsv"));
    }

    @Test
    void jsonObjectsInTheArrayAreEntriesByPropertyName() throws IOException {
        Golden.assertMatches(SourceFormat.JSON.parser(), SourceSpecs.withColumns("json",
                Map.of("code", "status", "phrase", "name", "text", "description")), FORMATS.resolve("codes.json"));
    }

    @Test
    void htmlRowsOfTheSelectedTableAreEntriesAndOtherTablesAreWarned() throws IOException {
        Golden.assertMatches(SourceFormat.HTML_TABLE.parser(), SourceSpecs.withSelector("table#codes",
                "code", "phrase", "text"), FORMATS.resolve("codes.html"));
    }
}

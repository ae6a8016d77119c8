package dev.statusdocs.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.model.Constants;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One fixture constants file per kind of bad data: each is reported at its line and column, nothing else is. */
class ConstantsReaderTest {
    @Test
    void aLibraryWithoutAConstantIsAnEmptyListAndAPhraseLibraryWritesTheCode() {
        ConstantsReader.Result result = new ConstantsReader().read(DataFixtures.text("valid", "constants.yaml"),
                DataFixtures.REGISTRY);
        assertEquals(List.of(), result.diagnostics());
        Constants constants = result.constants();
        assertEquals(Map.of("python", List.of("TOO_MANY_REQUESTS"), "node", List.of("Too Many Requests"),
                "java", List.of()), constants.names().get(429));
        assertEquals("http.STATUS_CODES[404]", constants.libraries().get(1).write("Not Found", 404));
        assertEquals("HTTPStatus.NOT_FOUND", constants.libraries().get(0).write("NOT_FOUND", 404));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing-library | 6:3: error: missing required field 'java'
            bad-name        | 4:17: error: 'NOT FOUND' is not a constant's name ; 5:37: error: 'HTTPStatus.TOO_MANY_REQUESTS' is not a constant's name
            bad-reference   | 2:78: error: the reference must show where the name goes ; 3:10: error: library 'python' is listed twice
            missing-code    | 5:3: error: '4O4' is not a status code from 100 to 599 ; 3:1: error: registered code 429 has no line of constants
            """)
    void eachKindOfBadConstantIsReportedAtItsLineAndColumn(String mode, String expected) {
        ConstantsReader.Result result = new ConstantsReader().read(DataFixtures.text(mode, "constants.yaml"),
                DataFixtures.REGISTRY);
        assertEquals(DataFixtures.expected(expected), DataFixtures.lines(result.diagnostics(), ConstantsReader.FILE));
    }
}

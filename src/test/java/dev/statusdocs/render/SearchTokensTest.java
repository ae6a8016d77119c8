package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build's tokenizer against the table of cases the browser's tokenizer is tested with (tokens.test.mjs). */
class SearchTokensTest {
    private static final Path CASES = Path.of("src/test/browser/tokens.json");

    record Case(String why, String text, List<String> tokens) {
    }

    @Test
    void buildTokenizerSplitsEverySharedCaseAsTheBrowserDoes() throws IOException {
        List<Case> cases = new ObjectMapper().readValue(Files.readString(CASES, StandardCharsets.UTF_8),
                new TypeReference<>() { });
        assertTrue(cases.size() >= 10, "the shared table has " + cases.size() + " cases");
        for (Case entry : cases) {
            assertEquals(entry.tokens(), SearchTokens.tokens(entry.text()), entry.why());
        }
    }
}

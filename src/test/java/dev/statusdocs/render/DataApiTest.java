package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Lang;
import dev.statusdocs.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON files under data/ as a program reads them. */
class DataApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SortedMap<String, byte[]> files;
    private static Collection<CodePage> pages;
    private static String baseUrl;

    @BeforeAll
    static void render() {
        Pipeline pipeline = new Pipeline(Path.of(""));
        Pipeline.Rendered rendered = pipeline.render(pipeline.check(pipeline.load()));
        files = rendered.files();
        pages = rendered.checked().content().pages().values();
        baseUrl = rendered.checked().resources().config().baseUrl();
    }

    @Test
    void everyCodeHasItsOwnFileEqualToItsEntryInTheList() throws IOException {
        JsonNode list = JSON.readTree(files.get("data/codes.json"));
        assertEquals(pages.size(), list.size());
        for (JsonNode entry : list) {
            byte[] own = files.get("data/codes/" + entry.get("code").asInt() + ".json");
            assertTrue(own != null, "no file for " + entry.get("code"));
            assertEquals(entry, JSON.readTree(own));
        }
    }

    @Test
    void eachEntryCarriesSummariesAndFullPageAddressesInBothLanguages() throws IOException {
        JsonNode list = JSON.readTree(files.get("data/codes.json"));
        for (CodePage page : pages) {
            JsonNode entry = JSON.readTree(files.get("data/codes/" + page.code() + ".json"));
            for (Lang lang : Lang.values()) {
                assertEquals(page.summary().get(lang), entry.path("summary").path(lang.tag()).asText(null), page.file());
                String url = entry.path("urls").path(lang.tag()).asText();
                assertEquals(baseUrl + lang.tag() + "/" + page.code() + ".html", url);
                assertTrue(files.containsKey(url.substring(baseUrl.length())), url);
            }
            assertEquals(page.status().id(), entry.get("status").asText());
        }
        assertEquals(pages.size(), list.size());
    }
}

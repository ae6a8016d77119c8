package dev.statusdocs.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages messages = Messages.load();

    @Test
    void everyMessageHasBothLanguagesWithTheSameNamedValues() {
        for (String key : messages.keys()) {
            Map<Lang, String> texts = messages.texts(key);
            assertEquals(Set.of(Lang.EN, Lang.ZH), texts.keySet(), key);
            assertEquals(Messages.placeholders(texts.get(Lang.EN)), Messages.placeholders(texts.get(Lang.ZH)), key);
        }
    }

    @Test
    void everyMessageIsUsedByARule() throws IOException {
        String rules;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/statusdocs/detect"))) {
            rules = files.map(MessagesTest::read).collect(Collectors.joining("\n"));
        }
        for (String key : messages.keys()) {
            assertTrue(rules.contains("\"" + key + "\""), "no rule uses the message '" + key + "'");
        }
    }

    @Test
    void valuesAreFilledInPerLanguage() {
        Map<Lang, String> text = messages.format("duplicate-entry.shared-text", "source", "mdn-zh",
                "codes", messages.join("and", List.of(301, 308)));
        assertEquals("mdn-zh gives 301 and 308 the same text, so at least one of them describes the wrong code.",
                text.get(Lang.EN));
        assertTrue(text.get(Lang.ZH).startsWith("mdn-zh 给 301 和 308 写了"), text.get(Lang.ZH));
    }

    @Test
    void specLabelsAreWrittenAsEachLanguageWritesThem() {
        assertEquals(Map.of(Lang.EN, "RFC 9110, Section 15.5.20", Lang.ZH, "RFC 9110 第 15.5.20 节"),
                messages.specLabel("RFC 9110, Section 15.5.20"));
        assertEquals(Map.of(Lang.EN, "draft-ietf-foo", Lang.ZH, "draft-ietf-foo"), messages.specLabel("draft-ietf-foo"));
    }

    @Test
    void aMissingValueOrAnUnknownMessageIsABug() {
        assertThrows(IllegalArgumentException.class, () -> messages.format("spelling", "source", "x"));
        assertThrows(IllegalArgumentException.class, () -> messages.format("no-such-message"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

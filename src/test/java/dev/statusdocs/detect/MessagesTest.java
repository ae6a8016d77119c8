package dev.statusdocs.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.Lang;
import dev.statusdocs.model.SourceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static SourceSpec source(String id, String english, String chinese) {
        return new SourceSpec(id, id + ".txt", "pipe-fields", List.of(Lang.ZH), "Title of " + id, "Origin.",
                Map.of(Lang.ZH, 1), List.of("code", "text"), Optional.empty(), Map.of(), Optional.empty(),
                Map.of(Lang.EN, english, Lang.ZH, chinese));
    }

    @Test
    void sourcesAreNamedAsTheManifestNamesThemAndAMessageOpeningWithOneOpensWithACapital() {
        Messages named = messages.naming(List.of(source("zh-pdf", "the Chinese PDF article", "中文 PDF 文章"),
                source("mdn-zh", "the MDN Chinese list", "MDN 中文版列表")));
        Map<Lang, String> text = named.format("duplicate-entry.shared-text", "source", named.source("zh-pdf"),
                "codes", named.join("and", List.of(204, 205)));
        assertEquals("The Chinese PDF article gives 204 and 205 the same text, so at least one of them describes the "
                + "wrong code.", text.get(Lang.EN));
        assertTrue(text.get(Lang.ZH).startsWith("中文 PDF 文章给 204 和 205 写了"), text.get(Lang.ZH));
        Map<Lang, String> middle = named.format("misplaced-description", "source", named.source("mdn-zh"),
                "code", 428, "match", 429, "witness", named.source("zh-pdf"));
        assertTrue(middle.get(Lang.EN).contains("what the Chinese PDF article says about 429"), middle.get(Lang.EN));
        assertTrue(middle.get(Lang.ZH).startsWith("MDN 中文版列表对 428 的说明"), middle.get(Lang.ZH));
        assertTrue(middle.get(Lang.ZH).contains("它与中文 PDF 文章对 429"), middle.get(Lang.ZH));
    }

    @Test
    void severalSourcesAreListedWithAndAndCountsAreWrittenOut() {
        Messages named = messages.naming(List.of(source("a", "the first list", "第一份列表"),
                source("b", "the second list", "第二份列表"), source("c", "the third list", "MDN 列表")));
        Map<Lang, String> three = named.format("unregistered-code", "sources", named.sourceList(List.of("a", "b", "c")),
                "code", 449, "class", "4xx");
        assertTrue(three.get(Lang.EN).startsWith("The first list, the second list and the third list list 449"),
                three.get(Lang.EN));
        assertTrue(three.get(Lang.ZH).startsWith("第一份列表、第二份列表和 MDN 列表列出了 449"), three.get(Lang.ZH));
        assertEquals(Map.of(Lang.EN, "twice", Lang.ZH, "两次"), named.times(2));
        assertEquals(Map.of(Lang.EN, "5 times", Lang.ZH, " 5 次"), named.times(5));
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

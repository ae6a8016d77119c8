package dev.statusdocs.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.CodeStatus;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.pipeline.Pipeline;
import dev.statusdocs.text.Script;
import dev.statusdocs.text.TextForms;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The committed canonical pages: complete, in the right language, and in agreement with the registry. */
class CanonicalContentTest {
    private static final Pipeline PIPELINE = new Pipeline(Path.of(""));
    private static final Content CONTENT = PIPELINE.load();
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\b(todo|tbd|fixme|lorem ipsum|xxx)\\b|\\?\\?|待补充|待定");

    @Test
    void everyKnownCodeHasAPage() {
        Set<Integer> known = new TreeSet<>();
        CONTENT.claims().forEach(c -> known.add(c.code()));
        CONTENT.registry().entries().forEach(e -> known.add(e.code()));
        CONTENT.vendors().codes().forEach(v -> known.add(v.code()));
        assertEquals(known, CONTENT.pages().keySet());
    }

    @Test
    void everyPageHasRealTextInBothLanguages() {
        for (CodePage page : CONTENT.pages().values()) {
            assertEquals(Set.of(), page.missingLanguages(), page.file());
            String en = page.sections().get(Lang.EN).markdown();
            String zh = page.sections().get(Lang.ZH).markdown();
            assertTrue(en.split("\\s+").length >= 80, page.file() + ": English text is too thin");
            assertTrue(Script.countHan(zh) >= 120, page.file() + ": Chinese text is too thin");
            assertFalse(PLACEHOLDER.matcher(en).find() || PLACEHOLDER.matcher(zh).find(), page.file() + ": placeholder");
            assertFalse(en.contains(PageTemplate.PLACEHOLDER_EN) || zh.contains(PageTemplate.PLACEHOLDER_ZH), page.file());
            assertTrue(page.summary().containsKey(Lang.EN) && page.summary().containsKey(Lang.ZH), page.file());
        }
    }

    @Test
    void eachSectionIsWrittenInItsOwnLanguage() {
        for (CodePage page : CONTENT.pages().values()) {
            String en = page.sections().get(Lang.EN).markdown();
            String zh = page.sections().get(Lang.ZH).markdown();
            assertTrue(Script.countHan(en) * 50 < Script.countLatinLetters(en), page.file() + ": Chinese in the English section");
            assertEquals(Lang.ZH, Script.guess(zh, Lang.EN), page.file() + ": the Chinese section reads as English");
            assertEquals(Lang.EN, Script.guess(page.summary().get(Lang.EN), Lang.ZH), page.file());
            assertEquals(Lang.ZH, Script.guess(page.summary().get(Lang.ZH), Lang.EN), page.file());
            assertTrue(Script.countHan(page.title().get(Lang.ZH)) > 0, page.file() + ": the Chinese name has no Chinese");
        }
    }

    @Test
    void noKangxiRadicalInAnyPageText() {
        for (CodePage page : CONTENT.pages().values()) {
            page.sections().values().forEach(s ->
                    assertFalse(s.markdown().codePoints().anyMatch(TextForms::isRadical), page.file()));
            page.title().values().forEach(t -> assertFalse(t.codePoints().anyMatch(TextForms::isRadical), page.file()));
        }
    }

    @Test
    void titlesStandingAndSpecLinksAgreeWithTheRegistry() {
        for (CodePage page : CONTENT.pages().values()) {
            Optional<RegistryEntry> entry = CONTENT.registry().find(page.code());
            if (entry.isPresent()) {
                assertEquals(entry.get().name(), page.title().get(Lang.EN), page.file());
                assertEquals(entry.get().status(), page.status(), page.file());
                String url = page.spec().orElseThrow().url();
                assertEquals(entry.get().spec().url(), url, page.file());
                assertTrue(url.matches("https://www\\.rfc-editor\\.org/rfc/rfc\\d+\\.html#section-[\\d.]+")
                        || entry.get().status() == CodeStatus.TEMPORARY, page.file() + ": link to the exact section");
            } else {
                assertEquals(CodeStatus.forUnregistered(page.code()), page.status(), page.file());
                assertTrue(page.spec().isEmpty(), page.file());
            }
        }
    }

    @Test
    void everyFindingIsResolvedOnItsPage() {
        Pipeline.Checked checked = PIPELINE.check(CONTENT);
        assertEquals(List.of(), checked.findings().stream().filter(f -> !f.resolved()).map(f -> f.id()).toList());
        assertEquals(List.of(), checked.diagnostics().stream().filter(d -> d.isError()).toList());
    }

    @Test
    void everyRequirementOnEveryPageLinksWhereItComesFromAndNoPageCitesNothing() {
        Pipeline.Checked checked = PIPELINE.check(CONTENT);
        assertEquals(List.of(), checked.diagnostics().stream().filter(d -> d.message().contains("states a requirement"))
                .map(d -> d.file() + ":" + d.line() + ":" + d.column() + ": " + d.message()).toList());
        assertEquals(CONTENT.pages().size(), checked.citations().perPage().size());
        assertTrue(checked.citations().perPage().get(0) > 0, checked.citations().summary());
    }

    @Test
    void everyPagePointsToRelatedCodes() {
        CONTENT.pages().values().forEach(page -> assertFalse(page.related().isEmpty(), page.file()));
    }
}

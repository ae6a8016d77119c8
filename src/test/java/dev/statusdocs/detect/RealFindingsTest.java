package dev.statusdocs.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.RegistryEntry.NamedReference;
import dev.statusdocs.model.Content;
import dev.statusdocs.pipeline.ContentLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Detection on the real project against the list of findings made by reading the sources. */
class RealFindingsTest {
    private static final Content CONTENT = new ContentLoader(Path.of("")).load();
    private static final List<Finding> FINDINGS = new Detector().detect(CONTENT.specs(), CONTENT.claims(),
            CONTENT.registry(), CONTENT.pages().values());

    @Test
    void everyExpectedFindingAndNoOther() throws IOException {
        Set<String> expected = new TreeSet<>(Files.readAllLines(Path.of("src/test/resources/expected-findings.txt"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList());
        assertEquals(expected, new TreeSet<>(FINDINGS.stream().map(Finding::id).toList()));
    }

    @Test
    void theThreeKnownContradictionsAreFoundByKind() {
        assertEquals(FindingKind.MEANING_CONFLICT, kindOf("meaning-conflict-421"));
        assertEquals(FindingKind.MEANING_CONFLICT, kindOf("meaning-conflict-425"));
        Finding misplaced = find("misplaced-description-428-429-mdn-zh-145");
        assertEquals(List.of(428, 429), misplaced.codes());
    }

    @Test
    void meaningConflictOf421CarriesTheTranslatedEntryToo() {
        List<String> sources = find("meaning-conflict-421").evidence().stream().map(e -> e.source()).toList();
        assertEquals(List.of("zh-pdf", "en-translation", "rfc9110-excerpt"), sources);
    }

    @Test
    void everyFindingExplainsItselfInBothLanguagesAndQuotesItsEvidence() {
        for (Finding finding : FINDINGS) {
            assertTrue(finding.message().get(Lang.EN).length() > 20, finding.id());
            assertTrue(finding.message().get(Lang.ZH).codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF), finding.id());
            assertTrue(!finding.evidence().isEmpty(), finding.id());
            finding.evidence().forEach(e -> assertTrue(e.line() > 0 && !e.file().isEmpty(), finding.id()));
        }
    }

    @Test
    void chineseMessagesQuoteWhereARegistryNameComesFromInChineseNotInEnglish() {
        List<NamedReference> worded = CONTENT.registry().entries().stream()
                .flatMap(entry -> Stream.concat(entry.formerNames().stream(), entry.otherNames().stream()))
                .filter(name -> !name.from(Lang.EN).equals(name.from(Lang.ZH))).toList();
        assertFalse(worded.isEmpty(), "the registry has a name whose source is worded differently in Chinese");
        long quoted = 0;
        for (Finding finding : FINDINGS) {
            String chinese = finding.message().get(Lang.ZH);
            for (NamedReference name : worded) {
                assertFalse(chinese.contains(name.from(Lang.EN)), finding.id() + ": " + chinese);
                quoted += chinese.contains(name.from(Lang.ZH)) ? 1 : 0;
            }
        }
        assertTrue(quoted > 0, "some finding quotes where a registry name comes from");
    }

    private static FindingKind kindOf(String id) {
        return find(id).kind();
    }

    private static Finding find(String id) {
        return FINDINGS.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }
}

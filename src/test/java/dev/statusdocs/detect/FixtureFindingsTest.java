package dev.statusdocs.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.Lang;
import dev.statusdocs.pipeline.ContentLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection on small fixture projects: one planted case of each kind, and a clean project. */
class FixtureFindingsTest {
    @TempDir
    Path dir;

    private List<Finding> findings(String project) {
        Content content = new ContentLoader(TestProjects.copy(project, dir)).load();
        assertEquals(List.of(), content.diagnostics());
        return new Detector().detect(content.specs(), content.claims(), content.registry(), content.pages().values());
    }

    private static Set<String> ids(List<Finding> findings) {
        return new TreeSet<>(findings.stream().map(Finding::id).toList());
    }

    @Test
    void cleanSourcesYieldNoFindings() {
        assertEquals(Set.of(), ids(findings("findings-clean")));
    }

    @Test
    void eachPlantedMistakeIsFoundAndNothingElse() {
        assertEquals(new TreeSet<>(List.of(
                "meaning-conflict-421",
                "misplaced-description-428-429-planted-6",
                "duplicate-entry-404-planted-7",
                "spelling-406-planted-9",
                "unregistered-code-449",
                "out-of-range-600",
                "missing-content-431-planted-12",
                "factual-error-410-100-planted-13",
                "historical-name-413-planted-20",
                "internal-inconsistency-413-planted-20")), ids(findings("findings-planted")));
    }

    @Test
    void evidenceQuotesTheSourceAtTheRightLine() {
        Finding spelling = findings("findings-planted").stream()
                .filter(f -> f.id().startsWith("spelling-")).findFirst().orElseThrow();
        assertEquals("Not Acceptible", spelling.evidence().get(0).quote());
        assertEquals("content/sources/planted.md", spelling.evidence().get(0).file());
        assertEquals(9, spelling.evidence().get(0).line());
        assertTrue(spelling.message().get(Lang.ZH).contains("Not Acceptable"));
    }

    @Test
    void meaningConflictShowsTheOfficialReadingBesideTheConflictingOne() {
        Finding conflict = findings("findings-planted").stream()
                .filter(f -> f.id().equals("meaning-conflict-421")).findFirst().orElseThrow();
        assertEquals(List.of("Too Many Connections", "Misdirected Request"),
                conflict.evidence().stream().map(e -> e.quote()).toList());
        assertEquals(Finding.Severity.ERROR, conflict.severity());
    }

    @Test
    void aSixthSourceNeedsOnlyAFileAndAManifestEntry() {
        TestProjects.copy("findings-clean", dir);
        TestProjects.write(dir.resolve("content/sources/sixth.txt"),
                "404 |\nNot Fuond |\nThe server found nothing at that address. |\n");
        Path manifest = dir.resolve("content/sources/manifest.yaml");
        TestProjects.write(manifest, TestProjects.read(manifest) + """
                  - id: sixth
                    file: content/sources/sixth.txt
                    format: pipe-fields
                    fields: [code, phrase, text]
                    languages: [en]
                    title: A sixth source
                    origin: Added by a test with no code change.
                    trust: {en: 2}
                """);
        Content content = new ContentLoader(dir).load();
        assertEquals(List.of(), content.diagnostics());
        assertEquals(1, content.claims().stream().filter(c -> c.source().equals("sixth")).count());
        List<Finding> found = new Detector().detect(content.specs(), content.claims(), content.registry(), List.of());
        assertEquals(Set.of("spelling-404-sixth-1"), ids(found));
    }
}

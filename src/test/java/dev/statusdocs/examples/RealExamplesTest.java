package dev.statusdocs.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.CodeExamples;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.pipeline.ContentLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's own content/examples.yaml: every registered code is covered and every exchange is valid. */
class RealExamplesTest {
    private static Content content;

    @BeforeAll
    static void load() {
        content = new ContentLoader(Path.of("")).load();
    }

    @Test
    void theExamplesFileHasNoProblems() {
        assertEquals(List.of(), content.diagnostics().stream()
                .filter(d -> d.file().equals(ExamplesReader.FILE)).map(Diagnostic::format).toList());
    }

    @Test
    void everyRegisteredCodeHasAnExampleOrAReasonForNone() {
        assertTrue(content.registry().entries().size() > 60, "read the real registry");
        for (RegistryEntry entry : content.registry().entries()) {
            CodeExamples examples = content.examples().get(entry.code());
            assertTrue(examples != null && (!examples.examples().isEmpty() || !examples.none().isEmpty()),
                    "code " + entry.code() + " has neither examples nor a reason for none");
        }
        assertEquals(List.of(), ExampleCoverage.check(content, new TreeSet<>(content.pages().keySet())));
    }

    @Test
    void aRegisteredCodeLeftOutOfTheFileIsReported() {
        int code = content.registry().entries().iterator().next().code();
        SortedMap<Integer, CodeExamples> without = new TreeMap<>(content.examples());
        without.remove(code);
        Content missingOne = content.withExamples(without);
        List<Diagnostic> found = ExampleCoverage.check(missingOne, new TreeSet<>(content.pages().keySet()));
        assertEquals(List.of("content/examples.yaml:1:1: error: the registered code " + code
                + " has neither examples nor a reason for none"), found.stream()
                .map(d -> d.format().lines().findFirst().orElse("")).toList());
    }

    @Test
    void examplesForACodeWithoutAPageAreReportedAtTheirEntry() {
        int code = content.examples().firstKey();
        TreeSet<Integer> pages = new TreeSet<>(content.pages().keySet());
        pages.remove(code);
        List<Diagnostic> found = ExampleCoverage.check(content, pages);
        assertEquals(1, found.size());
        assertEquals(content.examples().get(code).line(), found.get(0).line());
        assertTrue(found.get(0).message().contains("has no page"), found.get(0).message());
    }
}

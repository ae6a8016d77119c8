package dev.statusdocs.examples;

import dev.statusdocs.model.CodeExamples;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.RegistryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every registered code has examples or a reason for none, and every code with examples has a page to show them. */
public final class ExampleCoverage {
    private ExampleCoverage() {
    }

    /** @param codesWithPages the codes whose page file exists */
    public static List<Diagnostic> check(Content content, Set<Integer> codesWithPages) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<Integer> listed = new TreeSet<>(content.examples().keySet());
        for (RegistryEntry entry : content.registry().entries()) {
            if (!listed.contains(entry.code())) {
                diagnostics.add(Diagnostic.error(ExamplesReader.FILE, 1, 1, "the registered code " + entry.code()
                        + " has neither examples nor a reason for none",
                        "add '- code: " + entry.code() + "' under 'codes' with 'examples' or 'none' (see CONTRIBUTING.md)"));
            }
        }
        for (CodeExamples examples : content.examples().values()) {
            if (!codesWithPages.contains(examples.code())) {
                diagnostics.add(Diagnostic.error(ExamplesReader.FILE, examples.line(), examples.column(),
                        "code " + examples.code() + " has no page to show its examples on",
                        "list only codes that have a page in content/codes/"));
            }
        }
        return diagnostics;
    }
}

package dev.statusdocs.check;

import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Attaches each page's resolutions to the findings they settle; a resolution of no finding is an error. */
public final class Resolutions {

    public record Applied(List<Finding> findings, List<Diagnostic> diagnostics) {
    }

    public static Applied apply(List<Finding> findings, Collection<CodePage> pages) {
        Map<String, CodePage.Resolution> byId = new HashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<String> ids = findings.stream().map(Finding::id).collect(Collectors.toSet());
        for (CodePage page : pages) {
            for (CodePage.Resolution resolution : page.resolutions()) {
                if (!ids.contains(resolution.finding())) {
                    diagnostics.add(Diagnostic.error(page.file(), resolution.line(), 5,
                            "resolution of a finding that does not exist: '" + resolution.finding() + "'",
                            "the finding may have been fixed or renamed; see site/data/findings.json for current ids"));
                } else {
                    byId.put(resolution.finding(), resolution);
                    diagnostics.addAll(strayGlosses(page, resolution, findings));
                }
            }
        }
        List<Finding> resolved = findings.stream()
                .map(f -> byId.containsKey(f.id()) ? f.withResolution(byId.get(f.id()).text()) : f)
                .toList();
        return new Applied(resolved, diagnostics);
    }

    /** Glosses for a source the finding does not quote: a typo, or a finding whose evidence changed. */
    private static List<Diagnostic> strayGlosses(CodePage page, CodePage.Resolution resolution, List<Finding> findings) {
        Set<String> quoted = findings.stream().filter(f -> f.id().equals(resolution.finding()))
                .flatMap(f -> f.evidence().stream()).map(Evidence::source).collect(Collectors.toSet());
        List<Diagnostic> diagnostics = new ArrayList<>();
        resolution.glosses().forEach((source, gloss) -> {
            if (!quoted.contains(source)) {
                diagnostics.add(Diagnostic.error(page.file(), gloss.line(), gloss.column(),
                        "gloss for source '" + source + "', which finding '" + resolution.finding() + "' does not quote",
                        "gloss one of the sources it quotes: " + String.join(", ", new TreeSet<>(quoted))));
            }
        });
        return diagnostics;
    }

    private Resolutions() {
    }
}

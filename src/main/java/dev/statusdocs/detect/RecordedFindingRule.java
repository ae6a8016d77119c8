package dev.statusdocs.detect;

import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.SourceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Findings a person recorded in a page's front matter because they need judgement (a statement the
 * specification contradicts, say). They are shown like detected ones; their evidence points into the sources.
 */
final class RecordedFindingRule implements Rule {

    @Override
    public List<Finding> apply(DetectionContext context) {
        List<Finding> findings = new ArrayList<>();
        for (CodePage page : context.pages()) {
            for (CodePage.RecordedFinding recorded : page.recorded()) {
                FindingKind kind = FindingKind.fromId(recorded.kind()).orElseThrow();
                List<Evidence> evidence = recorded.evidence().stream().map(e -> {
                    SourceSpec spec = context.spec(e.source());
                    return new Evidence(e.source(), spec == null ? "" : spec.file(), e.line(), e.quote());
                }).toList();
                String id = evidence.isEmpty() ? kind.id() + "-" + page.code() + "-recorded-" + recorded.line()
                        : Findings.id(kind, List.of(page.code()), evidence.get(0));
                findings.add(Findings.of(id, kind, Finding.Severity.fromId(recorded.severity()), List.of(page.code()),
                        evidence, Map.of(Lang.EN, recorded.message().getOrDefault(Lang.EN, ""),
                                Lang.ZH, recorded.message().getOrDefault(Lang.ZH, ""))));
            }
        }
        return findings;
    }
}

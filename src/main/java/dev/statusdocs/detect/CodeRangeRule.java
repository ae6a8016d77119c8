package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodeClass;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Codes outside 100–599 ({@code out-of-range}) and codes in range that the registry lacks ({@code unregistered-code}). */
final class CodeRangeRule implements Rule {

    @Override
    public List<Finding> apply(DetectionContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Integer, List<Claim>> entry : context.byCode().entrySet()) {
            int code = entry.getKey();
            List<Evidence> evidence = entry.getValue().stream().map(DetectionContext::phraseOrText).toList();
            List<String> ids = entry.getValue().stream().map(Claim::source).distinct().toList();
            Messages.SourceName sources = context.messages().sourceList(ids);
            boolean one = ids.size() == 1;
            if (!CodeClass.isInRange(code)) {
                findings.add(Findings.of(Findings.id(FindingKind.OUT_OF_RANGE, code), FindingKind.OUT_OF_RANGE,
                        Finding.Severity.ERROR, List.of(code), evidence,
                        context.messages().format(one ? "out-of-range.one-source" : "out-of-range", "sources", sources, "code", code)));
            } else if (!context.registry().contains(code)) {
                findings.add(Findings.of(Findings.id(FindingKind.UNREGISTERED_CODE, code), FindingKind.UNREGISTERED_CODE,
                        Finding.Severity.WARNING, List.of(code), evidence, context.messages().format(
                                one ? "unregistered-code.one-source" : "unregistered-code", "sources", sources, "code", code, "class", CodeClass.of(code))));
            }
        }
        return findings;
    }
}

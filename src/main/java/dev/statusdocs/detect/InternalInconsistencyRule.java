package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source that names one code in two irreconcilable ways: two Latin-script reason phrases for the same code
 * that are neither equal nor a slip of the keyboard apart.
 */
final class InternalInconsistencyRule implements Rule {

    @Override
    public List<Finding> apply(DetectionContext context) {
        Map<String, List<Claim>> bySourceAndCode = new LinkedHashMap<>();
        for (Claim claim : context.claims()) {
            if (claim.phrase().isPresent() && Names.isComparable(claim.phrase().get())) {
                bySourceAndCode.computeIfAbsent(claim.source() + "#" + claim.code(), k -> new ArrayList<>()).add(claim);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Claim> group : bySourceAndCode.values()) {
            for (int i = 1; i < group.size(); i++) {
                Claim first = group.get(0);
                Claim later = group.get(i);
                String a = Names.normalize(first.phrase().orElseThrow());
                String b = Names.normalize(later.phrase().orElseThrow());
                if (!a.equals(b) && !Names.isCloseTo(a, later.phrase().orElseThrow())) {
                    findings.add(finding(context.messages(), first, later));
                }
            }
        }
        return findings;
    }

    private static Finding finding(Messages messages, Claim first, Claim later) {
        List<Evidence> evidence = List.of(DetectionContext.phraseOf(first), DetectionContext.phraseOf(later));
        return Findings.of(Findings.id(FindingKind.INTERNAL_INCONSISTENCY, List.of(first.code()), evidence.get(1)),
                FindingKind.INTERNAL_INCONSISTENCY, Finding.Severity.WARNING, List.of(first.code()), evidence,
                messages.format("internal-inconsistency", "source", messages.source(first.source()), "code", first.code(),
                        "first", first.phrase().orElseThrow(), "firstLine", first.line(),
                        "later", later.phrase().orElseThrow(), "laterLine", later.line()));
    }
}

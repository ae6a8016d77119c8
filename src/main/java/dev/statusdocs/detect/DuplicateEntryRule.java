package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.text.TextForms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source that lists a code twice in the same list, or gives two different codes the same text.
 * A code that appears once in each of several lists of one source (a summary, then details) is not a
 * duplicate: that is how the source is organised.
 */
final class DuplicateEntryRule implements Rule {
    /** Texts shorter than this ("OK", "请求成功") may honestly repeat. */
    private static final int MIN_TEXT_LENGTH = 12;

    @Override
    public List<Finding> apply(DetectionContext context) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<Claim>> sameCode = new LinkedHashMap<>();
        Map<String, List<Claim>> sameText = new LinkedHashMap<>();
        for (Claim claim : context.claims()) {
            sameCode.computeIfAbsent(claim.source() + "#" + claim.section() + "#" + claim.code(), k -> new ArrayList<>())
                    .add(claim);
            String text = context.comparable(claim);
            if (text.length() >= MIN_TEXT_LENGTH) {
                sameText.computeIfAbsent(claim.source() + "#" + text, k -> new ArrayList<>()).add(claim);
            }
        }
        for (List<Claim> group : sameCode.values()) {
            if (group.size() > 1) {
                findings.add(repeatedCode(context.messages(), group));
            }
        }
        for (List<Claim> group : sameText.values()) {
            List<Integer> codes = group.stream().map(Claim::code).distinct().sorted().toList();
            if (codes.size() > 1) {
                findings.add(sharedText(context.messages(), group, codes));
            }
        }
        return findings;
    }

    private static Finding repeatedCode(Messages messages, List<Claim> group) {
        Claim first = group.get(0);
        List<Evidence> evidence = group.stream().map(DetectionContext::textOf).toList();
        String key = sameTexts(group) ? "duplicate-entry.same-text" : "duplicate-entry.different-texts";
        return Findings.of(Findings.id(FindingKind.DUPLICATE_ENTRY, List.of(first.code()), evidence.get(0)),
                FindingKind.DUPLICATE_ENTRY, Finding.Severity.WARNING, List.of(first.code()), evidence,
                messages.format(key, "source", messages.source(first.source()), "code", first.code(),
                        "times", messages.times(group.size()),
                        "lines", messages.join("and", group.stream().map(Claim::line).toList())));
    }

    private static Finding sharedText(Messages messages, List<Claim> group, List<Integer> codes) {
        Claim first = group.get(0);
        List<Evidence> evidence = group.stream().map(DetectionContext::textOf).toList();
        return Findings.of(Findings.id(FindingKind.DUPLICATE_ENTRY, codes, evidence.get(0)),
                FindingKind.DUPLICATE_ENTRY, Finding.Severity.WARNING, codes, evidence,
                messages.format("duplicate-entry.shared-text", "source", messages.source(first.source()),
                        "codes", messages.join("and", codes)));
    }

    private static boolean sameTexts(List<Claim> group) {
        return group.stream().map(c -> TextForms.forComparison(c.text())).distinct().count() == 1;
    }
}

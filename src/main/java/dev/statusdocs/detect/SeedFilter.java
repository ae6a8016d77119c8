package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which claims may seed a new canonical page: not those a finding shows to be empty, a placeholder,
 * a description of another code, or a different meaning altogether.
 */
public final class SeedFilter {
    private static final Set<FindingKind> DISQUALIFYING = EnumSet.of(FindingKind.MISSING_CONTENT,
            FindingKind.MISPLACED_DESCRIPTION, FindingKind.MEANING_CONFLICT, FindingKind.DUPLICATE_ENTRY,
            FindingKind.FACTUAL_ERROR);

    private SeedFilter() {
    }

    public static Predicate<Claim> from(List<Finding> findings) {
        Set<String> flagged = findings.stream()
                .filter(f -> DISQUALIFYING.contains(f.kind()))
                .flatMap(f -> f.evidence().stream())
                .map(SeedFilter::key)
                .collect(Collectors.toSet());
        return claim -> !flagged.contains(claim.source() + ":" + claim.line());
    }

    private static String key(Evidence evidence) {
        return evidence.source() + ":" + evidence.line();
    }
}

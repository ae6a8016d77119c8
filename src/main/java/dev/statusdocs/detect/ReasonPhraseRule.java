package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.model.RegistryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares every reason phrase written in Latin script with the registry: a former official name is a
 * {@code historical-name}, a near miss of any known name is a {@code spelling} finding. Phrases that match
 * nothing are left to {@link MeaningConflictRule}.
 */
final class ReasonPhraseRule implements Rule {

    @Override
    public List<Finding> apply(DetectionContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Claim claim : context.claims()) {
            Optional<RegistryEntry> entry = context.registry().find(claim.code());
            if (entry.isEmpty() || claim.phrase().isEmpty() || !Names.isComparable(claim.phrase().get())) {
                continue;
            }
            Names.Comparison comparison = context.names().compare(claim.phrase().get(), entry.get());
            Evidence evidence = DetectionContext.phraseOf(claim);
            String phrase = claim.phrase().get();
            String official = entry.get().name();
            int code = claim.code();
            switch (comparison.match()) {
                case FORMER -> findings.add(Findings.of(Findings.id(FindingKind.HISTORICAL_NAME, List.of(code), evidence),
                        FindingKind.HISTORICAL_NAME, Finding.Severity.INFO, List.of(code), List.of(evidence),
                        claim.source() + " calls " + code + " “" + phrase + "”, its name in " + comparison.from()
                                + "; the current official name is “" + official + "”.",
                        claim.source() + " 把 " + code + " 称为“" + phrase + "”，这是它在 " + comparison.from()
                                + " 中的旧名称；现在的官方名称是“" + official + "”。"));
                case MISSPELT_OFFICIAL, MISSPELT_FORMER, MISSPELT_OTHER -> findings.add(Findings.of(
                        Findings.id(FindingKind.SPELLING, List.of(code), evidence), FindingKind.SPELLING,
                        Finding.Severity.WARNING, List.of(code), List.of(evidence),
                        spellingEn(claim.source(), code, phrase, comparison, official),
                        spellingZh(claim.source(), code, phrase, comparison, official)));
                default -> {
                }
            }
        }
        return findings;
    }

    private static String spellingEn(String source, int code, String phrase, Names.Comparison c, String official) {
        String base = source + " misspells the reason phrase of " + code + " as “" + phrase + "”";
        return switch (c.match()) {
            case MISSPELT_FORMER -> base + "; it means “" + c.name() + "”, the name in " + c.from()
                    + ", and the current official name is “" + official + "”.";
            case MISSPELT_OTHER -> base + "; it means “" + c.name() + "” (" + c.from()
                    + "), and the registry's name is “" + official + "”.";
            default -> base + "; the official name is “" + official + "”.";
        };
    }

    private static String spellingZh(String source, int code, String phrase, Names.Comparison c, String official) {
        String base = source + " 把 " + code + " 的原因短语误写为“" + phrase + "”";
        return switch (c.match()) {
            case MISSPELT_FORMER -> base + "，应为“" + c.name() + "”（" + c.from() + " 中的名称）；现在的官方名称是“"
                    + official + "”。";
            case MISSPELT_OTHER -> base + "，指的是“" + c.name() + "”（" + c.from() + "）；注册表中的名称是“"
                    + official + "”。";
            default -> base + "，正确的官方名称是“" + official + "”。";
        };
    }
}

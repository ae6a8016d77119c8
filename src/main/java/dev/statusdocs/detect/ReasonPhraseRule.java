package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.RegistryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                        context.messages().format("historical-name", "source", context.messages().source(claim.source()), "code", code,
                                "phrase", phrase, "from", comparison.from(), "official", official)));
                case MISSPELT_OFFICIAL, MISSPELT_FORMER, MISSPELT_OTHER -> findings.add(Findings.of(
                        Findings.id(FindingKind.SPELLING, List.of(code), evidence), FindingKind.SPELLING,
                        Finding.Severity.WARNING, List.of(code), List.of(evidence),
                        spelling(context.messages(), claim.source(), code, phrase, comparison, official)));
                default -> {
                }
            }
        }
        return findings;
    }

    private static Map<Lang, String> spelling(Messages messages, String source, int code, String phrase,
                                              Names.Comparison comparison, String official) {
        String key = switch (comparison.match()) {
            case MISSPELT_FORMER -> "spelling.former-name";
            case MISSPELT_OTHER -> "spelling.other-name";
            default -> "spelling";
        };
        return messages.format(key, "source", messages.source(source), "code", code, "phrase", phrase, "meant", comparison.name(),
                "from", comparison.from(), "official", official);
    }
}

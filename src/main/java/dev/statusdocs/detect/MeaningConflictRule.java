package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.model.SourceSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sources that give a registered code another meaning: a reason phrase that is neither the official name,
 * a former one, nor a misspelling of either. A source declared as a translation of a conflicting source says
 * the same thing in another language, so its entry for that code joins the evidence. The evidence closes
 * with the most trusted entry that uses the official name, so a reader sees both readings side by side.
 */
final class MeaningConflictRule implements Rule {

    @Override
    public List<Finding> apply(DetectionContext context) {
        Map<Integer, List<Claim>> conflicting = new LinkedHashMap<>();
        for (Claim claim : context.claims()) {
            Optional<RegistryEntry> entry = context.registry().find(claim.code());
            if (entry.isPresent() && claim.phrase().isPresent() && Names.isComparable(claim.phrase().get())) {
                Names.Match match = context.names().compare(claim.phrase().get(), entry.get()).match();
                if (match == Names.Match.NONE || match == Names.Match.OTHER) {
                    conflicting.computeIfAbsent(claim.code(), c -> new ArrayList<>()).add(claim);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        conflicting.forEach((code, claims) -> findings.add(finding(context, code, claims)));
        return findings;
    }

    private static Finding finding(DetectionContext context, int code, List<Claim> claims) {
        RegistryEntry entry = context.registry().find(code).orElseThrow();
        List<Evidence> evidence = new ArrayList<>();
        Messages messages = context.messages();
        List<Map<Lang, String>> named = new ArrayList<>();
        for (Claim claim : claims) {
            evidence.add(DetectionContext.phraseOf(claim));
            Names.Comparison comparison = context.names().compare(claim.phrase().orElseThrow(), entry);
            String key = comparison.match() == Names.Match.OTHER ? "meaning-conflict.unregistered-name"
                    : "meaning-conflict.name";
            named.add(messages.format(key, "phrase", claim.phrase().orElseThrow(), "source", messages.source(claim.source()),
                    "from", comparison.from()));
            translationsOf(context, claim).forEach(t -> evidence.add(DetectionContext.textOf(t)));
        }
        officialReading(context, entry).ifPresent(c -> evidence.add(DetectionContext.phraseOf(c)));
        Map<Lang, String> elsewhere = context.names()
                .officialNameOfAnotherCode(claims.get(0).phrase().orElseThrow(), code)
                .map(e -> messages.format("meaning-conflict.name-elsewhere", "elsewhere", e.code() + " " + e.name()))
                .orElse(messages.format("meaning-conflict.end"));
        return Findings.of(Findings.id(FindingKind.MEANING_CONFLICT, code), FindingKind.MEANING_CONFLICT,
                Finding.Severity.ERROR, List.of(code), evidence,
                messages.format("meaning-conflict", "code", code, "names", messages.join(named),
                        "official", entry.name(), "spec", messages.specLabel(entry.spec().label()),
                        "elsewhere", elsewhere));
    }

    /** Entries for the same code in sources that declare themselves translations of the claim's source. */
    private static List<Claim> translationsOf(DetectionContext context, Claim claim) {
        List<Claim> translations = new ArrayList<>();
        for (SourceSpec spec : context.specs()) {
            if (spec.translationOf().filter(claim.source()::equals).isPresent()) {
                context.byCode().getOrDefault(claim.code(), List.of()).stream()
                        .filter(c -> c.source().equals(spec.id()))
                        .forEach(translations::add);
            }
        }
        translations.sort(Comparator.comparing(Claim::source).thenComparingInt(Claim::line));
        return translations;
    }

    /** The most trusted entry for the code whose phrase is the official name. */
    private static Optional<Claim> officialReading(DetectionContext context, RegistryEntry entry) {
        return context.byCode().getOrDefault(entry.code(), List.of()).stream()
                .filter(c -> c.phrase().isPresent() && Names.isComparable(c.phrase().get()))
                .filter(c -> context.names().compare(c.phrase().get(), entry).match() == Names.Match.OFFICIAL)
                .max(Comparator.comparingInt(c -> context.spec(c.source()).trustFor(Lang.EN)));
    }
}

package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.model.RegistryEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry whose text runs into another code's entry, e.g. “… (RFC 4918 WebDAV) 423 the current Locked
 * resource is Locked.”: a sentence starts with another code and uses that code's own name. That part of the
 * text describes the other code, a {@code misplaced-description}.
 */
final class EmbeddedEntryRule implements Rule {
    private static final Pattern SENTENCE_STARTING_WITH_CODE = Pattern.compile(
            "(?:^|[.。)）]\\s*)(\\d{3})(?!\\d)\\s+([^.。]{3,160})");
    /** Words too common in names to show which code a sentence is about. */
    private static final Set<String> GENERIC = Set.of("request", "requests", "required", "response", "status",
            "content", "server", "client", "error", "with", "the", "not", "too", "for", "http");

    @Override
    public List<Finding> apply(DetectionContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Claim claim : context.claims()) {
            Matcher sentence = SENTENCE_STARTING_WITH_CODE.matcher(claim.text());
            while (sentence.find()) {
                int other = Integer.parseInt(sentence.group(1));
                Optional<RegistryEntry> entry = context.registry().find(other);
                if (other == claim.code() || entry.isEmpty() || !usesNameOf(sentence.group(2), entry.get())) {
                    continue;
                }
                String part = (sentence.group(1) + " " + sentence.group(2)).strip();
                Evidence evidence = DetectionContext.textOf(claim);
                findings.add(Findings.of(
                        Findings.id(FindingKind.MISPLACED_DESCRIPTION, List.of(claim.code(), other), evidence),
                        FindingKind.MISPLACED_DESCRIPTION, Finding.Severity.ERROR, List.of(claim.code(), other),
                        List.of(evidence),
                        context.messages().format("embedded-entry", "source", context.messages().source(claim.source()), "code", claim.code(),
                                "other", other, "name", entry.get().name(), "part", Findings.shorten(part))));
            }
        }
        return findings;
    }

    private static boolean usesNameOf(String sentence, RegistryEntry entry) {
        Set<String> words = new HashSet<>(List.of(sentence.toLowerCase(Locale.ROOT).split("[^a-z]+")));
        for (String word : Names.normalize(entry.name()).split("[^a-z]+")) {
            if (word.length() >= 3 && !GENERIC.contains(word) && words.contains(word)) {
                return true;
            }
        }
        return false;
    }
}

package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.model.RegistryEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text that names a code together with another code's name, such as “100 gone”: the specification says
 * Gone is 410, so the statement is a {@code factual-error}. A code followed by its own name, or by words that
 * are no code's name, says nothing wrong.
 */
final class NameMentionRule implements Rule {
    /** A word of a name: letters, with inner apostrophes or hyphens ("I'm", "Non-Authoritative"). */
    private static final String WORD = "[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?";
    private static final Pattern MENTION = Pattern.compile(
            "(?<!\\d)(\\d{3})(?!\\d)\\s*[(（]?\\s*(" + WORD + "(?:[ ]" + WORD + "){0,4})");
    private static final int LONGEST_NAME_WORDS = 5;

    @Override
    public List<Finding> apply(DetectionContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Claim claim : context.claims()) {
            Matcher mention = MENTION.matcher(claim.text());
            while (mention.find()) {
                int named = Integer.parseInt(mention.group(1));
                Optional<RegistryEntry> entry = context.registry().find(named);
                if (entry.isEmpty()) {
                    continue;
                }
                List<String> words = Arrays.asList(mention.group(2).split(" "));
                nameOfAnotherCode(context, entry.get(), words).ifPresent(other ->
                        findings.add(finding(context.messages(), claim, named, entry.get(), other,
                                mention.group().strip())));
            }
        }
        return findings;
    }

    /** The other code whose name the words after the number spell, unless they spell the code's own name first. */
    private static Optional<RegistryEntry> nameOfAnotherCode(DetectionContext context, RegistryEntry own, List<String> words) {
        for (int length = Math.min(LONGEST_NAME_WORDS, words.size()); length >= 1; length--) {
            String candidate = String.join(" ", words.subList(0, length));
            if (context.names().compare(candidate, own).match() != Names.Match.NONE) {
                return Optional.empty();
            }
            Optional<RegistryEntry> other = context.names().officialNameOfAnotherCode(candidate, own.code());
            if (other.isPresent()) {
                return other;
            }
        }
        return Optional.empty();
    }

    private static Finding finding(Messages messages, Claim claim, int named, RegistryEntry entry, RegistryEntry other,
                                   String mention) {
        Evidence evidence = DetectionContext.textOf(claim);
        List<Integer> codes = claim.code() == named ? List.of(named) : List.of(claim.code(), named);
        return Findings.of(Findings.id(FindingKind.FACTUAL_ERROR, codes, evidence), FindingKind.FACTUAL_ERROR,
                Finding.Severity.ERROR, codes, List.of(evidence),
                messages.format("factual-error.name-of-another-code", "source", messages.source(claim.source()), "code", claim.code(),
                        "mention", mention, "otherName", other.name(), "other", other.code(), "named", named,
                        "official", entry.name(), "spec", messages.specLabel(entry.spec().label())));
    }
}

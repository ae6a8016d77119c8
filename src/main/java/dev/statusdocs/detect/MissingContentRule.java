package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Entries with no text, or with a placeholder or filler where the text should be. */
final class MissingContentRule implements Rule {
    /** Words people leave where text is still to come. */
    private static final Pattern PLACEHOLDER_WORDS = Pattern.compile(
            "^(todo|tbd|tbc|fixme|xxx+|n/?a|none|null|placeholder|lorem ipsum.*|待补充|待定|暂无|无|略|同上)[.。!！]?$");
    /** Text made of punctuation only ("??", "...", "——") or one letter repeated ("aaaaa"). */
    private static final Pattern FILLER = Pattern.compile("^(\\p{Punct}|[？。…—－\\s])+$|^(\\p{L})\\2{2,}$");

    @Override
    public List<Finding> apply(DetectionContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Claim claim : context.claims()) {
            String text = context.comparable(claim);
            boolean empty = text.isEmpty();
            if (!empty && !PLACEHOLDER_WORDS.matcher(text).matches() && !isFiller(text)) {
                continue;
            }
            Evidence evidence = new Evidence(claim.source(), claim.file(), claim.line(),
                    empty ? claim.code() + claim.phrase().map(p -> " " + p).orElse("") : claim.text());
            findings.add(Findings.of(Findings.id(FindingKind.MISSING_CONTENT, List.of(claim.code()), evidence),
                    FindingKind.MISSING_CONTENT, Finding.Severity.WARNING, List.of(claim.code()), List.of(evidence),
                    context.messages().format(empty ? "missing-content.empty" : "missing-content.placeholder",
                            "source", context.messages().source(claim.source()), "code", claim.code(), "text", claim.text().strip())));
        }
        return findings;
    }

    private static boolean isFiller(String text) {
        return text.lines().allMatch(line -> FILLER.matcher(line.strip()).matches() || line.isBlank());
    }
}

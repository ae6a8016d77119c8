package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.SourceSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every rule and returns the findings in a stable order, one per id. When two rules find the same thing,
 * the earlier rule in the list, the more specific one, gives the finding.
 */
public final class Detector {
    private final List<Rule> rules = List.of(new ReasonPhraseRule(), new MeaningConflictRule(),
            new EmbeddedEntryRule(), new MisplacedDescriptionRule(), new DuplicateEntryRule(), new CodeRangeRule(),
            new MissingContentRule(), new NameMentionRule(), new InternalInconsistencyRule(), new RecordedFindingRule());
    private final Messages messages = Messages.load();

    public List<Finding> detect(List<SourceSpec> specs, List<Claim> claims, Registry registry,
                                Collection<CodePage> pages) {
        DetectionContext context = new DetectionContext(specs, claims, registry, pages, messages);
        Map<String, Finding> byId = new LinkedHashMap<>();
        // The rules read the context and nothing else, so they run side by side; their results keep the rules' order.
        rules.parallelStream().map(rule -> rule.apply(context)).toList()
                .forEach(found -> found.forEach(f -> byId.putIfAbsent(f.id(), f)));
        List<Finding> findings = new ArrayList<>(byId.values());
        findings.sort(Comparator.comparing((Finding f) -> f.kind().ordinal())
                .thenComparing(f -> f.codes().get(0)).thenComparing(Finding::id));
        return findings;
    }
}

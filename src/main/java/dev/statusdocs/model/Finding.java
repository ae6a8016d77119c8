package dev.statusdocs.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A contradiction, error or gap in the sources, with the evidence for it.
 *
 * @param id         stable across builds while the evidence stays the same, e.g. {@code spelling-406-mdn-zh-89}
 * @param measures   figures the rule decided by, such as a similarity, for the data files rather than the prose
 * @param resolution how the canonical page settles it, when it does
 */
public record Finding(String id, FindingKind kind, Severity severity, List<Integer> codes, List<String> sources,
                      List<Evidence> evidence, Map<Lang, String> message, Map<String, Double> measures,
                      Optional<Map<Lang, String>> resolution) {

    public Finding {
        codes = List.copyOf(codes);
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
        message = Map.copyOf(message);
        measures = Map.copyOf(measures);
    }

    public boolean resolved() {
        return resolution.isPresent();
    }

    public Finding withResolution(Map<Lang, String> text) {
        return new Finding(id, kind, severity, codes, sources, evidence, message, measures,
                Optional.of(Map.copyOf(text)));
    }

    /** How much a finding matters to a reader. */
    public enum Severity {
        ERROR, WARNING, INFO;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Severity fromId(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }
}

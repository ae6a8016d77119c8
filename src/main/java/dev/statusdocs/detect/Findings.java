package dev.statusdocs.detect;

import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.model.Lang;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds findings with their id, sources and bilingual message, the same way for every rule. */
final class Findings {
    private Findings() {
    }

    static Finding of(String id, FindingKind kind, Finding.Severity severity, List<Integer> codes,
                      List<Evidence> evidence, Map<Lang, String> message) {
        return of(id, kind, severity, codes, evidence, message, Map.of());
    }

    /** @param measures figures the rule decided by, kept in the data files rather than the message */
    static Finding of(String id, FindingKind kind, Finding.Severity severity, List<Integer> codes,
                      List<Evidence> evidence, Map<Lang, String> message, Map<String, Double> measures) {
        List<String> sources = List.copyOf(evidence.stream().map(Evidence::source)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        return new Finding(id, kind, severity, codes, sources, evidence, message, measures, Optional.empty());
    }

    /** An id such as {@code spelling-406-mdn-zh-89}: kind, codes, and where the first evidence stands. */
    static String id(FindingKind kind, List<Integer> codes, Evidence first) {
        StringBuilder id = new StringBuilder(kind.id());
        codes.forEach(code -> id.append('-').append(code));
        return id.append('-').append(first.source()).append('-').append(first.line()).toString();
    }

    /** An id for a finding about a code as a whole, such as {@code meaning-conflict-421}. */
    static String id(FindingKind kind, int code) {
        return kind.id() + "-" + code;
    }

    /** Text shortened for a message; the evidence keeps the whole quote. */
    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= 60 ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, 57)) + "…";
    }
}

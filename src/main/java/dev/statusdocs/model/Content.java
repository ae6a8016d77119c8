package dev.statusdocs.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Everything under {@code content/}, read and checked.
 *
 * @param pageTexts the raw text of every page file that could be read, by repository-relative path
 * @param pageFiles every page file present, readable or not
 * @param vendors   the vendors of unofficial codes and their uses of each number
 * @param examples  the example exchanges by code, from {@code content/examples.yaml}
 * @param facts     the facts panel's data ({@code content/facts.yaml}), empty where the file is absent
 * @param constants each code's constants in common libraries ({@code content/constants.yaml}), likewise
 */
public record Content(List<SourceSpec> specs, List<Claim> claims, Registry registry,
                      SortedMap<Integer, CodePage> pages, Map<String, String> pageTexts,
                      Set<String> pageFiles, List<Diagnostic> diagnostics, Vendors vendors,
                      SortedMap<Integer, CodeExamples> examples, Facts facts, Constants constants,
                      Map<String, List<String>> sourceTexts) {

    /** The same content with other example exchanges. */
    public Content withExamples(SortedMap<Integer, CodeExamples> other) {
        return new Content(specs, claims, registry, pages, pageTexts, pageFiles, diagnostics, vendors, other, facts,
                constants, sourceTexts);
    }

}

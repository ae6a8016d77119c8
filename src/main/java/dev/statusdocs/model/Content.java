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
 * @param facts     the facts panel's data ({@code content/facts.yaml}), empty where the file is absent
 * @param constants each code's constants in common libraries ({@code content/constants.yaml}), likewise
 */
public record Content(List<SourceSpec> specs, List<Claim> claims, Registry registry,
                      SortedMap<Integer, CodePage> pages, Map<String, String> pageTexts,
                      Set<String> pageFiles, List<Diagnostic> diagnostics, Facts facts, Constants constants) {
}

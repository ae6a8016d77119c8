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
 */
public record Content(List<SourceSpec> specs, List<Claim> claims, Registry registry,
                      SortedMap<Integer, CodePage> pages, Map<String, String> pageTexts,
                      Set<String> pageFiles, List<Diagnostic> diagnostics, Map<String, List<String>> sourceTexts) {
}

package dev.statusdocs.check;

import dev.statusdocs.content.Merger;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.render.HttpBlocks;
import dev.statusdocs.render.HeadingIds;
import dev.statusdocs.render.MarkdownEngine;
import dev.statusdocs.render.MarkdownLinter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each page's own text is checked for (links, addresses, raw HTML, agreement with the registry, both
 * languages in line), and that every code a source or the registry knows has a page.
 */
public final class PageChecks {
    private final MarkdownLinter linter;
    private final HttpBlocks httpBlocks;
    private final HeadingIds headingIds;

    public PageChecks(MarkdownEngine markdown) {
        this.linter = new MarkdownLinter(markdown);
        this.httpBlocks = new HttpBlocks(markdown);
        this.headingIds = new HeadingIds(markdown);
    }

    /**
     * What a page is checked against besides its own text: which pages exist (a page with errors of its own is still
     * a link target), every page's titles, and the registry. Equal surroundings give equal diagnostics.
     */
    public record Surroundings(Set<Integer> codesWithPages, Map<Integer, Map<Lang, String>> titles,
                               List<RegistryEntry> registry) {
        public static Surroundings of(Content content) {
            Set<Integer> codesWithPages = new TreeSet<>();
            content.pageFiles().forEach(file -> codesWithPages.add(Merger.codeOf(file)));
            Map<Integer, Map<Lang, String>> titles = new HashMap<>();
            content.pages().forEach((code, page) -> titles.put(code, page.title()));
            return new Surroundings(codesWithPages, titles, List.copyOf(content.registry().entries()));
        }
    }

    public List<Diagnostic> check(CodePage page, String text, Surroundings surroundings) {
        List<Diagnostic> diagnostics = new ArrayList<>(
                linter.lint(page, surroundings.codesWithPages(), surroundings.titles()));
        diagnostics.addAll(headingIds.check(page));
        Registry registry = new Registry(surroundings.registry());
        diagnostics.addAll(RegistryAgreement.check(page, text, registry));
        diagnostics.addAll(httpBlocks.check(page, code -> registry.find(code).map(RegistryEntry::name)));
        diagnostics.addAll(TranslationCheck.check(page));
        return diagnostics;
    }

    public static List<Diagnostic> missingPages(Content content) {
        Set<Integer> known = new TreeSet<>();
        content.claims().forEach(c -> known.add(c.code()));
        content.registry().entries().forEach(e -> known.add(e.code()));
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int code : known) {
            if (!content.pageFiles().contains(Merger.pathOf(code))) {
                diagnostics.add(Diagnostic.error(Merger.pathOf(code), 1, 1,
                        "code " + code + " is known to the registry or a source but has no page",
                        "run 'statusdocs merge' to create it"));
            }
        }
        return diagnostics;
    }
}

package dev.statusdocs.pipeline;

import dev.statusdocs.content.Merger;
import dev.statusdocs.detect.Detector;
import dev.statusdocs.detect.SeedFilter;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Finding;
import dev.statusdocs.output.OfflineBundle;
import dev.statusdocs.render.MarkdownEngine;
import dev.statusdocs.render.MarkdownLinter;
import dev.statusdocs.render.SiteRenderer;
import dev.statusdocs.render.TemplateSet;
import dev.statusdocs.render.Templates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/** The stages in order, over one project folder. Engines are built once per pipeline and reused. */
public final class Pipeline {
    private final Path root;
    private final MarkdownEngine markdown = new MarkdownEngine();
    private final Detector detector = new Detector();

    public Pipeline(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Content load() {
        return new ContentLoader(root).load();
    }

    /** What merge would write, and which files that changes. */
    public record MergePlan(SortedMap<String, String> pages, List<String> changed) {
    }

    public MergePlan planMerge(Content content) {
        List<Finding> findings = detector.detect(content.specs(), content.claims(), content.registry(), List.of());
        Merger.Plan plan = new Merger(content.specs()).plan(content.claims(), content.registry(), content.pageTexts(),
                SeedFilter.from(findings));
        List<String> changed = plan.pages().entrySet().stream()
                .filter(e -> !e.getValue().equals(content.pageTexts().get(e.getKey())))
                .map(java.util.Map.Entry::getKey)
                .toList();
        return new MergePlan(plan.pages(), changed);
    }

    /** Everything that can be said about the content without writing anything. */
    public record Checked(Content content, List<Finding> findings, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    public Checked check(Content content) {
        List<Diagnostic> diagnostics = new ArrayList<>(content.diagnostics());
        Set<Integer> known = new TreeSet<>();
        content.claims().forEach(c -> known.add(c.code()));
        content.registry().entries().forEach(e -> known.add(e.code()));
        for (int code : known) {
            if (!content.pageFiles().contains(Merger.pathOf(code))) {
                diagnostics.add(Diagnostic.error(Merger.pathOf(code), 1, 1,
                        "code " + code + " is known to the registry or a source but has no page",
                        "run 'statusdocs merge' to create it"));
            }
        }
        java.util.concurrent.CompletableFuture<List<Finding>> detection = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> detector.detect(content.specs(), content.claims(), content.registry(), content.pages().values()));
        diagnostics.addAll(pageDiagnostics(content));
        List<Finding> detected = detection.join();
        Resolutions.Applied applied = Resolutions.apply(detected, content.pages().values());
        diagnostics.addAll(applied.diagnostics());
        diagnostics.sort(DiagnosticOrder.INSTANCE);
        return new Checked(content, applied.findings(), List.copyOf(diagnostics));
    }

    /** What each page's own text is checked for: links, raw HTML, agreement with the registry, translations. */
    private List<Diagnostic> pageDiagnostics(Content content) {
        MarkdownLinter linter = new MarkdownLinter(markdown);
        // A page with errors of its own is still a link target: judge links by the files that exist.
        Set<Integer> pageFiles = new TreeSet<>();
        content.pageFiles().forEach(file -> pageFiles.add(Merger.codeOf(file)));
        java.util.Map<Integer, java.util.Map<dev.statusdocs.model.Lang, String>> titles = new java.util.HashMap<>();
        content.pages().forEach((code, page) -> titles.put(code, page.title()));
        return content.pages().values().parallelStream().flatMap(page -> {
            List<Diagnostic> found = new ArrayList<>(linter.lint(page, pageFiles, titles));
            found.addAll(RegistryAgreement.check(page, content.pageTexts().get(page.file()), content.registry()));
            found.addAll(TranslationCheck.check(page));
            return found.stream();
        }).toList();
    }

    /** The rendered site, or the diagnostics that stopped it. */
    public record Rendered(Checked checked, SortedMap<String, byte[]> files, List<Diagnostic> diagnostics) {
    }

    public Rendered render(Checked checked) {
        TemplateSet.Loaded templateSet = new TemplateSet().load(root);
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        diagnostics.addAll(templateSet.diagnostics());
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Rendered(checked, new java.util.TreeMap<>(), diagnostics);
        }
        SiteRenderer renderer = new SiteRenderer(new Templates(root.resolve("templates")), markdown,
                templateSet.strings(), templateSet.config(), templateSet.assets());
        SortedMap<String, byte[]> files = renderer.render(checked.content(), checked.findings());
        long zipStart = System.nanoTime();
        OfflineBundle bundle = new OfflineBundle(SiteRenderer.DOWNLOAD_HREF,
                templateSet.config().baseUrl() + OfflineBundle.PATH);
        files.put(OfflineBundle.PATH, bundle.zip(files));
        return new Rendered(checked, files, diagnostics);
    }
}

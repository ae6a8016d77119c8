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
import dev.statusdocs.render.SiteResources;
import dev.statusdocs.render.PebbleTemplates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/** The stages in order, over one project folder. Engines are built once per pipeline and reused. */
public final class Pipeline {
    private final Path root;
    /** Set up on a thread of its own, once asked for: Flexmark takes a while to build its parser. */
    private java.util.concurrent.CompletableFuture<MarkdownEngine> markdown;
    private final Detector detector = new Detector();
    // What this pipeline remembers between builds in one JVM (serve); a new pipeline starts empty.
    private final java.util.Map<String, java.util.Map.Entry<String, dev.statusdocs.content.PageReader.Result>> readPages =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Memo<DetectionInput, List<Finding>> detection = new Memo<>();
    private final Memo<Object, java.util.Map<String, List<Diagnostic>>> pageChecks = new Memo<>();
    private final java.util.Map<String, SiteRenderer.Rendered> renderCache = new java.util.concurrent.ConcurrentHashMap<>();
    private java.util.concurrent.CompletableFuture<PebbleTemplates> templates;
    private java.util.concurrent.CompletableFuture<SiteResources.Loaded> prepared;

    /** Everything detection reads: equal inputs give equal findings. */
    private record DetectionInput(List<dev.statusdocs.model.SourceSpec> specs, List<dev.statusdocs.model.Claim> claims,
                                  List<dev.statusdocs.model.RegistryEntry> registry, List<PageFacts> pages) {
    }

    /** What detection reads from a page: not its body. */
    private record PageFacts(int code, String file, java.util.Map<dev.statusdocs.model.Lang, String> title,
                             java.util.Map<dev.statusdocs.model.Lang, String> summary,
                             Set<dev.statusdocs.model.Lang> missing, List<CodePage.RecordedFinding> recorded) {
        static PageFacts of(CodePage page) {
            return new PageFacts(page.code(), page.file(), page.title(), page.summary(), page.missingLanguages(),
                    page.recorded());
        }
    }

    public Pipeline(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Content load() {
        return new ContentLoader(root, readPages).load();
    }

    /** {@code previous} with only these page files read again. */
    public Content reloadPages(Content previous, Set<String> changedPages) {
        return new ContentLoader(root, readPages).reloadPages(previous, changedPages);
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
        DetectionInput input = new DetectionInput(content.specs(), content.claims(),
                List.copyOf(content.registry().entries()), content.pages().values().stream().map(PageFacts::of).toList());
        java.util.concurrent.CompletableFuture<List<Finding>> detected = Background.start("detection",
                () -> detection.get(input, () -> detector.detect(content.specs(), content.claims(), content.registry(),
                        content.pages().values())));
        diagnostics.addAll(pageDiagnostics(content));
        List<Finding> found = Background.await(detected);
        Resolutions.Applied applied = Resolutions.apply(found, content.pages().values());
        diagnostics.addAll(applied.diagnostics());
        diagnostics.sort(DiagnosticOrder.INSTANCE);
        return new Checked(content, applied.findings(), List.copyOf(diagnostics));
    }

    /** What each page's own text is checked for: links, raw HTML, agreement with the registry, translations. */
    private List<Diagnostic> pageDiagnostics(Content content) {
        MarkdownLinter linter = new MarkdownLinter(Background.await(markdown()));
        // A page with errors of its own is still a link target: judge links by the files that exist.
        Set<Integer> pageFiles = new TreeSet<>();
        content.pageFiles().forEach(file -> pageFiles.add(Merger.codeOf(file)));
        java.util.Map<Integer, java.util.Map<dev.statusdocs.model.Lang, String>> titles = new java.util.HashMap<>();
        content.pages().forEach((code, page) -> titles.put(code, page.title()));
        // A page's diagnostics depend on its own text and on which pages exist with which titles.
        java.util.Map<String, List<Diagnostic>> byText = pageChecks.get(
                List.of(pageFiles, titles, List.copyOf(content.registry().entries())),
                java.util.concurrent.ConcurrentHashMap::new);
        // One thread on purpose: detection runs beside it on its own thread. Split over the common pool as well,
        // the main thread spun waiting for a worker that was itself waiting for a core (measured on two cores).
        return content.pages().values().stream().flatMap(page -> {
            String text = content.pageTexts().get(page.file());
            return byText.computeIfAbsent(page.file() + "\u0000" + text, key -> {
                List<Diagnostic> found = new ArrayList<>(linter.lint(page, pageFiles, titles));
                found.addAll(RegistryAgreement.check(page, text, content.registry()));
                found.addAll(TranslationCheck.check(page));
                return List.copyOf(found);
            }).stream();
        }).toList();
    }

    /**
     * Starts reading the UI strings, assets and site settings, compiling the templates and setting up Flexmark on
     * threads of their own, so that they are ready when checking and rendering need them. Call it at the start of
     * a build.
     */
    public void prepareRendering() {
        prepared = Background.start("template-set", () -> new SiteResources().load(root));
        templates();
        markdown();
    }

    private synchronized java.util.concurrent.CompletableFuture<MarkdownEngine> markdown() {
        if (markdown == null) {
            markdown = Background.start("markdown", MarkdownEngine::new);
        }
        return markdown;
    }

    private synchronized java.util.concurrent.CompletableFuture<PebbleTemplates> templates() {
        if (templates == null) {
            Path dir = root.resolve("templates");
            templates = Background.start("templates", () -> PebbleTemplates.compiled(dir));
        }
        return templates;
    }

    /** The rendered site, or the diagnostics that stopped it. */
    public record Rendered(Checked checked, SortedMap<String, byte[]> files, List<Diagnostic> diagnostics) {
    }

    public Rendered render(Checked checked) {
        return render(checked, true);
    }

    /** @param withBundle whether to build the offline zip (the preview server keeps the last one) */
    public Rendered render(Checked checked, boolean withBundle) {
        SiteResources.Loaded templateSet = prepared != null ? Background.await(prepared) : new SiteResources().load(root);
        prepared = null;
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        diagnostics.addAll(templateSet.diagnostics());
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Rendered(checked, new java.util.TreeMap<>(), diagnostics);
        }
        SiteRenderer renderer = new SiteRenderer(Background.await(templates()), Background.await(markdown()),
                templateSet.strings(), templateSet.config(), templateSet.assets(), renderCache);
        SortedMap<String, byte[]> files = renderer.render(checked.content(), checked.findings());
        if (withBundle) {
            OfflineBundle bundle = new OfflineBundle(SiteRenderer.DOWNLOAD_HREF,
                    templateSet.config().baseUrl() + OfflineBundle.PATH);
            files.put(OfflineBundle.PATH, bundle.zip(files));
        }
        return new Rendered(checked, files, diagnostics);
    }
}

package dev.statusdocs.pipeline;

import dev.statusdocs.check.ChineseStyle;
import dev.statusdocs.check.CitationCount;
import dev.statusdocs.check.CitationLinks;
import dev.statusdocs.check.Citations;
import dev.statusdocs.check.DiagnosticOrder;
import dev.statusdocs.check.Glossary;
import dev.statusdocs.check.PageChecks;
import dev.statusdocs.check.Resolutions;
import dev.statusdocs.check.VendorChecks;
import dev.statusdocs.check.RfcSections;
import dev.statusdocs.content.Merger;
import dev.statusdocs.detect.Detector;
import dev.statusdocs.detect.SeedFilter;
import dev.statusdocs.examples.ExampleCoverage;
import dev.statusdocs.history.ContentHistory;
import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.output.OfflineBundle;
import dev.statusdocs.registry.RegistryReader;
import dev.statusdocs.render.MarkdownEngine;
import dev.statusdocs.render.SiteRenderer;
import dev.statusdocs.render.SiteResources;
import dev.statusdocs.render.PebbleTemplates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The stages in order, over one project folder. Flexmark and the templates are set up on first use and kept, so
 * that {@code serve} pays for them once; for serve, a {@link RebuildCache} also keeps stage results between
 * rebuilds.
 */
public final class Pipeline {
    private final Path root;
    private final RebuildCache cache;
    private final Optional<String> baseUrl;
    private final Detector detector = new Detector();
    private MarkdownEngine markdown;
    private PebbleTemplates templates;
    private ContentHistory history;
    private SiteResources.Loaded resources;

    public Pipeline(Path root) {
        this(root, RebuildCache.NONE);
    }

    /** @param cache what {@code serve} remembers between rebuilds, or {@link RebuildCache#NONE} */
    public Pipeline(Path root, RebuildCache cache) {
        this(root, cache, Optional.empty());
    }

    /** @param baseUrl where the site is published, instead of the address in {@code content/site.yaml} */
    public Pipeline(Path root, RebuildCache cache, Optional<String> baseUrl) {
        this.root = root;
        this.cache = cache;
        this.baseUrl = baseUrl;
    }

    public Path root() {
        return root;
    }

    public Content load() {
        return new ContentLoader(root, cache).load();
    }

    /** {@code previous} with only these page files read again. */
    public Content reloadPages(Content previous, Set<String> changedPages) {
        return new ContentLoader(root, cache).reloadPages(previous, changedPages);
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
                .map(Map.Entry::getKey)
                .toList();
        return new MergePlan(plan.pages(), changed);
    }

    /**
     * Everything that can be said about the content without writing anything.
     *
     * @param resources the UI strings, assets and site settings, read once for checking and rendering
     * @param citations the citation links on the pages
     */
    public record Checked(Content content, List<Finding> findings, List<Diagnostic> diagnostics,
                          SiteResources.Loaded resources, CitationCount citations) {
    }

    public Checked check(Content content) {
        List<Diagnostic> diagnostics = new ArrayList<>(content.diagnostics());
        diagnostics.addAll(PageChecks.missingPages(content));
        diagnostics.addAll(VendorChecks.check(content));
        PageChecks.Surroundings surroundings = sameAsBefore("surroundings", PageChecks.Surroundings.of(content));
        diagnostics.addAll(ExampleCoverage.check(content, surroundings.codesWithPages()));
        Glossary glossary = sameAsBefore("glossary", Glossary.read(root, diagnostics));
        RfcSections rfcSections = sameAsBefore("rfc section list", RfcSections.read(root, diagnostics));
        CitationLinks links = sameAsBefore("citation links", CitationLinks.of(content.vendors()));
        PageCheckers checkers = new PageCheckers(new PageChecks(markdown()), surroundings, glossary,
                new ChineseStyle(markdown(), glossary), rfcSections, new Citations(markdown(), links), links);
        // Each page is checked on its own, so the pages share the machine's cores.
        List<PageChecked> pages = content.pages().values().parallelStream()
                .map(page -> checkPage(checkers, page, content.pageTexts().get(page.file())))
                .toList();
        pages.forEach(page -> diagnostics.addAll(page.diagnostics()));
        CitationCount citations = new CitationCount(pages.stream().map(PageChecked::citationLinks).toList());
        diagnostics.addAll(rfcSections.checkFile(root, RegistryReader.FILE));
        diagnostics.addAll(rfcSections.checkFile(root, RegistryReader.NOTES_FILE));
        SiteResources.Loaded resources = resources();
        diagnostics.addAll(resources.diagnostics());
        List<Finding> found = cache.get("detection", DetectionInput.of(content), () -> detector.detect(
                content.specs(), content.claims(), content.registry(), content.pages().values()));
        Resolutions.Applied applied = Resolutions.apply(found, content.pages().values());
        diagnostics.addAll(applied.diagnostics());
        diagnostics.sort(DiagnosticOrder.INSTANCE);
        return new Checked(content, applied.findings(), List.copyOf(diagnostics), resources, citations);
    }

    /** The checks of one page, set up once per check. */
    private record PageCheckers(PageChecks pageChecks, PageChecks.Surroundings surroundings, Glossary glossary,
                                ChineseStyle chinese, RfcSections rfcSections, Citations citations,
                                CitationLinks links) {
    }

    /** What the checks say of one page, and how many citation links it has. */
    private record PageChecked(List<Diagnostic> diagnostics, int citationLinks) {
    }

    private PageChecked checkPage(PageCheckers checkers, CodePage page, String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        diagnostics.addAll(cache.get("page checks", List.of(page.file(), text, checkers.surroundings()),
                () -> checkers.pageChecks().check(page, text, checkers.surroundings())));
        diagnostics.addAll(cache.get("chinese style", List.of(page.file(), text, checkers.glossary()),
                () -> checkers.chinese().check(page, text)));
        diagnostics.addAll(cache.get("rfc sections", List.of(page.file(), text, checkers.rfcSections()),
                () -> checkers.rfcSections().check(page.file(), text)));
        Citations.PageCitations cited = cache.get("citations", List.of(page.file(), text, checkers.links()),
                () -> checkers.citations().check(page));
        diagnostics.addAll(cited.diagnostics());
        return new PageChecked(diagnostics, cited.links());
    }

    /**
     * {@code value}, or the equal one the last rebuild used: the per-page keys that hold it then compare it by
     * identity, not in depth.
     */
    private <T> T sameAsBefore(String stage, T value) {
        return cache.get(stage, value, () -> value);
    }

    /** Everything detection reads, which is not a page's body: equal inputs give equal findings. */
    private record DetectionInput(List<SourceSpec> specs, List<Claim> claims, List<RegistryEntry> registry,
                                  List<List<Object>> pages) {
        static DetectionInput of(Content content) {
            return new DetectionInput(content.specs(), content.claims(), List.copyOf(content.registry().entries()),
                    content.pages().values().stream().map(page -> List.<Object>of(page.code(), page.file(),
                            page.title(), page.summary(), page.missingLanguages(), page.recorded())).toList());
        }
    }

    private MarkdownEngine markdown() {
        if (markdown == null) {
            markdown = new MarkdownEngine();
        }
        return markdown;
    }

    /** Read once per pipeline: {@code serve} starts a new pipeline when templates change, not when git commits. */
    private ContentHistory history() {
        if (history == null) {
            history = ContentHistory.read(root, "content");
        }
        return history;
    }

    /**
     * Read once per pipeline, like the templates: {@code serve} starts a new pipeline when anything under
     * {@code templates/} or the site settings change. Kept, the UI strings compare by identity in template keys.
     */
    private SiteResources.Loaded resources() {
        if (resources == null) {
            SiteResources.Loaded loaded = new SiteResources().load(root);
            resources = baseUrl.map(loaded::publishedAt).orElse(loaded);
        }
        return resources;
    }

    private PebbleTemplates templates() {
        if (templates == null) {
            templates = new PebbleTemplates(root.resolve("templates"));
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
        if (checked.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            return new Rendered(checked, new TreeMap<>(), checked.diagnostics());
        }
        SiteResources.Loaded resources = checked.resources();
        SiteRenderer renderer = new SiteRenderer(templates(), cache, markdown(), resources.strings(),
                resources.config(), resources.assets(), history());
        SortedMap<String, byte[]> files = renderer.render(checked.content(), checked.findings());
        if (withBundle) {
            OfflineBundle bundle = new OfflineBundle(SiteRenderer.DOWNLOAD_HREF,
                    resources.config().baseUrl() + OfflineBundle.PATH, history().latest());
            files.put(OfflineBundle.PATH, bundle.zip(files));
        }
        return new Rendered(checked, files, checked.diagnostics());
    }

    /** Ends one rebuild in {@code serve}: what it did not use is forgotten. */
    void endRebuild() {
        cache.endRebuild();
    }
}

package dev.statusdocs.render;

import dev.statusdocs.history.ContentHistory;
import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodeExamples;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.model.RegistryEntry.NamedReference;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.model.VendorCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Renders every file of the site into memory, keyed by its path inside {@code site/}. */
public final class SiteRenderer {
    /** The bundle's link from a page in a language folder; the offline bundle rewrites exactly this string. */
    public static final String DOWNLOAD_HREF = "../downloads/statusdocs-offline.zip";

    private final PebbleTemplates templates;
    private final Remembered remembered;
    private final MarkdownEngine markdown;
    private final UiStrings strings;
    private final SiteConfig config;
    private final Map<String, byte[]> assets;
    private final ContentHistory history;

    /**
     * @param remembered template outputs and search documents kept between rebuilds, by their input
     * @param history    when each page last changed, for its "last updated" line, the sitemap and the feed
     */
    public SiteRenderer(PebbleTemplates templates, Remembered remembered, MarkdownEngine markdown,
                        UiStrings strings, SiteConfig config, Map<String, byte[]> assets, ContentHistory history) {
        this.templates = templates;
        this.remembered = remembered;
        this.markdown = markdown;
        this.strings = strings;
        this.config = config;
        this.assets = Map.copyOf(assets);
        this.history = history;
    }

    public SortedMap<String, byte[]> render(Content content, List<Finding> findings) {
        Map<String, SourceSpec> specs = content.specs().stream()
                .collect(Collectors.toMap(SourceSpec::id, Function.identity()));
        Map<Integer, List<Claim>> claimsByCode = content.claims().stream()
                .collect(Collectors.groupingBy(Claim::code, TreeMap::new, Collectors.toList()));
        Map<Integer, List<Finding>> findingsByCode = new HashMap<>();
        for (Finding finding : findings) {
            for (int code : finding.codes()) {
                findingsByCode.computeIfAbsent(code, c -> new ArrayList<>()).add(finding);
            }
        }
        Map<Integer, List<String>> commonNames = new HashMap<>();
        content.registry().entries().forEach(entry -> commonNames.put(entry.code(),
                entry.otherNames().stream().map(NamedReference::name).toList()));
        // Kept while their data is unchanged, so that each code page's key below holds them, not the data.
        List<RegistryEntry> registry = List.copyOf(content.registry().entries());
        VendorViews vendorViews = remembered.get("vendor views", List.of(content.vendors(), registry),
                () -> new VendorViews(content.vendors(), content.registry()));
        FactViews facts = remembered.get("fact views", List.of(registry, content.facts(), content.constants()),
                () -> new FactViews(strings, content.registry(), content.facts(), content.constants()));
        PageViews views = new PageViews(markdown, strings, config, specs, content.pages(), commonNames, vendorViews,
                facts);
        Map<String, Supplier<byte[]>> jobs = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            Map<String, Object> common = common(lang);
            for (CodePage page : content.pages().values()) {
                List<Claim> claims = claimsByCode.getOrDefault(page.code(), List.of());
                List<Finding> found = findingsByCode.getOrDefault(page.code(), List.of());
                Optional<Instant> changed = history.lastChanged(page.file());
                CodeExamples examples = content.examples().get(page.code());
                // Everything the page is made from besides the templates, strings and settings, which a pipeline
                // keeps: an edit to another page leaves this one's view unbuilt.
                List<Object> inputs = List.of(lang, page, claims, found, views.shownWith(page, found), content.specs(),
                        facts, vendorViews, Optional.ofNullable(examples), changed);
                jobs.put(lang.tag() + "/" + page.code() + ".html", () -> remembered.get("code page", inputs, () -> {
                    Map<String, Object> context = new HashMap<>(common);
                    context.put("updated", changed.map(time -> updated(lang, time)).orElse(null));
                    context.put("page", views.codePage(lang, page, claims, found));
                    context.put("vendors", vendorViews.facts(lang, page.code()));
                    context.put("examples", ExampleViews.of(lang, examples));
                    context.put("path", page.code() + ".html");
                    return templates.render("code", context);
                }));
            }
            jobs.put(lang.tag() + "/index.html", () -> page("index", lang, "index.html", common,
                    Map.of("groups", views.classGroups(lang, findingsByCode), "vendorGroups", vendorViews.groups(),
                            "stats", views.stats(content, findings))));
            jobs.put(lang.tag() + "/findings.html", () -> page("findings", lang, "findings.html", common,
                    "groups", views.findingGroups(lang, findings)));
            jobs.put(lang.tag() + "/sources.html", () -> page("sources", lang, "sources.html", common,
                    "sources", views.sources(lang, content.specs(), content.claims())));
            jobs.put(lang.tag() + "/about.html", () -> page("about", lang, "about.html", common,
                    "stats", views.stats(content, findings)));
            for (SourceSpec spec : content.specs()) {
                List<String> text = content.sourceTexts().get(spec.id());
                if (text != null) {
                    String path = PageViews.sourcePath(spec.id());
                    jobs.put(lang.tag() + "/" + path, () -> page("source", lang, path, common, "source",
                            remembered.get("source document", List.of(spec, text), () -> views.sourceDocument(spec, text))));
                }
            }
        }
        addSiteFiles(jobs, content);
        addDataFiles(jobs, content, findings, claimsByCode);
        addSearchFiles(jobs, content, facts);

        SortedMap<String, byte[]> files = new TreeMap<>(jobs.entrySet().parallelStream()
                .collect(Collectors.toMap(Map.Entry::getKey, job -> job.getValue().get())));
        assets.forEach((name, bytes) -> files.put("assets/" + name, bytes));
        return files;
    }

    /** A date as a {@code <time>} element shows it: machine-readable, and written as the language writes dates. */
    public record Updated(String iso, String label) {
    }

    private Updated updated(Lang lang, Instant time) {
        LocalDate day = LocalDate.ofInstant(time, ZoneOffset.UTC);
        DateTimeFormatter format = DateTimeFormatter.ofPattern(strings.forLang(lang).get("date.pattern"),
                Locale.forLanguageTag(lang.htmlTag()));
        return new Updated(day.toString(), day.format(format));
    }

    /** A page in a language folder: the language's common context, the page's path and its one view. */
    private byte[] page(String template, Lang lang, String path, Map<String, Object> common, String name, Object view) {
        return page(template, lang, path, common, Map.of(name, view));
    }

    /** A page with several views, by the names the template uses. */
    private byte[] page(String template, Lang lang, String path, Map<String, Object> common, Map<String, Object> views) {
        Map<String, Object> context = new HashMap<>(common);
        context.putAll(views);
        context.put("path", path);
        return render(template, context);
    }

    /**
     * The files outside the language folders: the 404 page, the sitemap, robots.txt, the feed, the language chooser
     * and each code's short link, {@code NNN/index.html}, which every static host serves at {@code NNN/}.
     */
    private void addSiteFiles(Map<String, Supplier<byte[]>> jobs, Content content) {
        jobs.put("404.html", () -> {
            Map<String, Object> notFound = new HashMap<>(common(Lang.EN));
            notFound.put("zh", strings.forLang(Lang.ZH));
            notFound.put("path", "404.html");
            // Served for any missing path, at any depth: links are absolute paths on the published site.
            notFound.put("basePath", config.basePath());
            return render("notfound", notFound);
        });
        jobs.put("sitemap.xml", () -> {
            List<String> paths = new ArrayList<>(List.of("index.html", "findings.html", "sources.html", "about.html"));
            content.pages().keySet().forEach(code -> paths.add(code + ".html"));
            Map<String, LocalDate> lastModified = new HashMap<>();
            content.pages().values().forEach(page -> history.lastChanged(page.file()).ifPresent(
                    time -> lastModified.put(page.code() + ".html", LocalDate.ofInstant(time, ZoneOffset.UTC))));
            return utf8(Sitemap.of(config.baseUrl(), paths, lastModified));
        });
        jobs.put("robots.txt", () -> utf8(robots()));
        jobs.put(ChangesFeed.PATH, () -> utf8(ChangesFeed.of(config.baseUrl(), strings.forLang(Lang.EN),
                history.changes(), content.pages().values())));
        for (CodePage page : content.pages().values()) {
            jobs.put(page.code() + "/index.html", () -> {
                Map<String, Object> shortLink = new HashMap<>();
                shortLink.put("en", strings.forLang(Lang.EN));
                shortLink.put("zh", strings.forLang(Lang.ZH));
                shortLink.put("code", page.code());
                shortLink.put("titleEn", page.title().getOrDefault(Lang.EN, page.title().getOrDefault(Lang.ZH, "")));
                shortLink.put("baseUrl", config.baseUrl());
                return render("short", shortLink);
            });
        }
        jobs.put("index.html", () -> {
            Map<String, Object> root = new HashMap<>();
            root.put("en", strings.forLang(Lang.EN));
            root.put("zh", strings.forLang(Lang.ZH));
            root.put("baseUrl", config.baseUrl());
            return render("root", root);
        });
    }

    /** Every page may be crawled; the sitemap says where they are. */
    private String robots() {
        return "User-agent: *\nAllow: /\n\nSitemap: " + config.baseUrl() + "sitemap.xml\n";
    }

    private void addDataFiles(Map<String, Supplier<byte[]>> jobs, Content content, List<Finding> findings,
                              Map<Integer, List<Claim>> claimsByCode) {
        Map<Integer, List<String>> sourcesByCode = new TreeMap<>();
        claimsByCode.forEach((code, claims) -> sourcesByCode.put(code,
                List.copyOf(claims.stream().map(Claim::source).collect(Collectors.toCollection(LinkedHashSet::new)))));
        jobs.put("data/claims.json", () -> DataFiles.claims(content.claims()));
        jobs.put("data/codes.json", () -> DataFiles.codes(content.pages().values(), sourcesByCode, content.vendors(),
                config.baseUrl()));
        content.pages().values().forEach(page -> jobs.put("data/codes/" + page.code() + ".json",
                () -> DataFiles.code(page, sourcesByCode, content.vendors(), config.baseUrl())));
        jobs.put("data/findings.json", () -> DataFiles.findings(findings));
    }

    /** The search index and the body texts for its snippets, which load only when a reader first uses the box. */
    private void addSearchFiles(Map<String, Supplier<byte[]>> jobs, Content content, FactViews facts) {
        Map<Integer, List<String>> aliases = new HashMap<>();
        content.registry().entries().forEach(entry -> aliases.put(entry.code(), Stream.concat(
                entry.formerNames().stream(), entry.otherNames().stream()).map(NamedReference::name).toList()));
        vendorAliases(content).forEach((code, names) -> aliases.merge(code, names,
                (registered, vendor) -> Stream.concat(registered.stream(), vendor.stream()).toList()));
        Map<Integer, List<String>> constants = new HashMap<>();
        content.pages().keySet().forEach(code -> constants.put(code, facts.searchTexts(code)));
        SearchDocuments documents = new SearchDocuments(markdown, strings, aliases, constants);
        List<SearchDocuments.Entry> all = content.pages().values().stream()
                .map(page -> remembered.get("search document", List.of(page, aliases.getOrDefault(page.code(), List.of()),
                        constants.get(page.code())), () -> documents.document(page)))
                .toList();
        jobs.put(SearchIndex.PATH, () -> SearchIndex.script(all, (first, block) -> remembered.get("search block",
                List.of(first, block), () -> SearchIndex.build(first, block,
                        entry -> remembered.get("search terms", entry, () -> SearchIndex.terms(entry))))));
        jobs.put(SearchIndex.TEXT_PATH, () -> SearchIndex.textScript(all));
    }

    /**
     * What readers type for a code a vendor uses: the vendor's name ("nginx", "cloudflare 520") and, for an
     * unregistered code, the vendor's own name for it (499 is also ArcGIS's "Token Required"). The name a vendor
     * gives a registered number is left out: it would rank that code above the codes the name belongs to.
     */
    private static Map<Integer, List<String>> vendorAliases(Content content) {
        Map<Integer, List<String>> aliases = new TreeMap<>();
        for (VendorCode use : content.vendors().codes()) {
            List<String> names = aliases.computeIfAbsent(use.code(), code -> new ArrayList<>());
            content.vendors().vendor(use.vendor()).ifPresent(vendor -> names.add(vendor.name()));
            if (!content.registry().contains(use.code())) {
                names.add(use.name());
            }
        }
        return aliases;
    }

    private byte[] render(String template, Map<String, Object> context) {
        return remembered.get("template", List.of(template, context), () -> templates.render(template, context));
    }

    private Map<String, Object> common(Lang lang) {
        Map<String, Object> context = new HashMap<>();
        context.put("lang", lang.tag());
        context.put("otherLang", lang.other().tag());
        context.put("htmlLang", lang.htmlTag());
        context.put("otherHtmlLang", lang.other().htmlTag());
        context.put("t", strings.forLang(lang));
        context.put("baseUrl", config.baseUrl());
        context.put("downloadHref", DOWNLOAD_HREF);
        return context;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package dev.statusdocs.render;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.RegistryEntry.NamedReference;
import dev.statusdocs.model.SourceSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /** @param remembered template outputs and search documents kept between rebuilds, by their input */
    public SiteRenderer(PebbleTemplates templates, Remembered remembered, MarkdownEngine markdown,
                        UiStrings strings, SiteConfig config, Map<String, byte[]> assets) {
        this.templates = templates;
        this.remembered = remembered;
        this.markdown = markdown;
        this.strings = strings;
        this.config = config;
        this.assets = Map.copyOf(assets);
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
        PageViews views = new PageViews(markdown, strings, config, specs, content.pages());
        Map<String, Supplier<byte[]>> jobs = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            Map<String, Object> common = common(lang);
            for (CodePage page : content.pages().values()) {
                jobs.put(lang.tag() + "/" + page.code() + ".html", () -> page("code", lang, page.code() + ".html", common,
                        "page", views.codePage(lang, page, claimsByCode.getOrDefault(page.code(), List.of()),
                                findingsByCode.getOrDefault(page.code(), List.of()))));
            }
            jobs.put(lang.tag() + "/index.html", () -> page("index", lang, "index.html", common,
                    "groups", views.classGroups(lang, findingsByCode)));
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
                    jobs.put(lang.tag() + "/" + path, () -> page("source", lang, path, common,
                            "source", views.sourceDocument(spec, text)));
                }
            }
        }
        addSiteFiles(jobs, content);
        addDataFiles(jobs, content, findings, claimsByCode);
        addSearchFiles(jobs, content);

        SortedMap<String, byte[]> files = new TreeMap<>();
        jobs.forEach((path, job) -> files.put(path, job.get()));
        assets.forEach((name, bytes) -> files.put("assets/" + name, bytes));
        return files;
    }

    /** A page in a language folder: the language's common context, the page's path and its one view. */
    private byte[] page(String template, Lang lang, String path, Map<String, Object> common, String name, Object view) {
        Map<String, Object> context = new HashMap<>(common);
        context.put(name, view);
        context.put("path", path);
        return render(template, context);
    }

    /**
     * The files outside the language folders: the 404 page, the sitemap, the language chooser and each code's short
     * link, {@code NNN/index.html}, which every static host serves at {@code NNN/}.
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
            return utf8(Sitemap.of(config.baseUrl(), paths));
        });
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
            return render("root", root);
        });
    }

    private void addDataFiles(Map<String, Supplier<byte[]>> jobs, Content content, List<Finding> findings,
                              Map<Integer, List<Claim>> claimsByCode) {
        Map<Integer, List<String>> sourcesByCode = new TreeMap<>();
        claimsByCode.forEach((code, claims) -> sourcesByCode.put(code,
                List.copyOf(claims.stream().map(Claim::source).collect(Collectors.toCollection(LinkedHashSet::new)))));
        jobs.put("data/claims.json", () -> DataFiles.claims(content.claims()));
        jobs.put("data/codes.json", () -> DataFiles.codes(content.pages().values(), sourcesByCode));
        jobs.put("data/findings.json", () -> DataFiles.findings(findings));
    }

    /** The search index and the body texts for its snippets, which load only when a reader first uses the box. */
    private void addSearchFiles(Map<String, Supplier<byte[]>> jobs, Content content) {
        Map<Integer, List<String>> aliases = new HashMap<>();
        content.registry().entries().forEach(entry -> aliases.put(entry.code(), Stream.concat(
                entry.formerNames().stream(), entry.otherNames().stream()).map(NamedReference::name).toList()));
        SearchDocuments documents = new SearchDocuments(markdown, strings, aliases);
        List<SearchDocuments.Entry> all = content.pages().values().stream()
                .map(page -> remembered.get("search document",
                        List.of(page, aliases.getOrDefault(page.code(), List.of())), () -> documents.document(page)))
                .toList();
        jobs.put(SearchIndex.PATH, () -> remembered.get("search index", all, () -> SearchIndex.script(all,
                text -> remembered.get("search tokens", text, () -> SearchTokens.tokens(text)))));
        jobs.put(SearchIndex.TEXT_PATH, () -> remembered.get("search text", all, () -> SearchIndex.textScript(all)));
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

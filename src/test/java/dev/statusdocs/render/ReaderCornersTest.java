package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.model.VendorCode;
import dev.statusdocs.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Small things a reader notices on the real site: self links, mixed signals, names people search for. */
class ReaderCornersTest {
    private static final Map<String, Document> HTML = new TreeMap<>();
    private static List<RegistryEntry> registry;
    private static List<VendorCode> vendorRows;

    @BeforeAll
    static void render() {
        Pipeline pipeline = new Pipeline(Path.of(""));
        Pipeline.Rendered rendered = pipeline.render(pipeline.check(pipeline.load()));
        registry = List.copyOf(rendered.checked().content().registry().entries());
        vendorRows = rendered.checked().content().vendors().codes();
        rendered.files().forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                HTML.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
            }
        });
    }

    private static Map<String, Document> codePages() {
        Map<String, Document> pages = new TreeMap<>(HTML);
        pages.keySet().removeIf(path -> !path.matches("(en|zh)/\\d{3}\\.html"));
        return pages;
    }

    @Test
    void noCodePageLinksToItself() {
        List<String> selfLinks = new ArrayList<>();
        codePages().forEach((path, page) -> {
            String own = path.substring(3);
            page.select("main a[href=" + own + "]").forEach(link -> selfLinks.add(path + ": " + link.outerHtml()));
        });
        assertEquals(List.of(), selfLinks);
    }

    @Test
    void aResolvedFindingShowsAResolvedBadgeAndNoSeverityBadge() {
        List<String> mixed = new ArrayList<>();
        HTML.forEach((path, page) -> {
            for (Element finding : page.select(".finding-resolved")) {
                if (finding.select(".badge-resolved").isEmpty() || !finding.select("[class*=badge-severity]").isEmpty()) {
                    mixed.add(path + "#" + finding.id());
                }
            }
        });
        assertFalse(HTML.values().stream().allMatch(page -> page.select(".finding-resolved").isEmpty()));
        assertEquals(List.of(), mixed);
    }

    @Test
    void theIndexShowsTheCommonNameOfEveryCodeThatHasOne() {
        List<String> missing = new ArrayList<>();
        for (String lang : List.of("en", "zh")) {
            Document index = HTML.get(lang + "/index.html");
            for (RegistryEntry entry : registry) {
                for (RegistryEntry.NamedReference name : entry.otherNames()) {
                    String shown = index.select("li[data-code=" + entry.code() + "] .common-name").text();
                    if (!shown.contains(name.name())) {
                        missing.add(lang + " " + entry.code() + " " + name.name());
                    }
                }
            }
        }
        assertFalse(registry.stream().allMatch(entry -> entry.otherNames().isEmpty()));
        assertEquals(List.of(), missing);
    }

    @Test
    void aCodePageHeaderDoesNotRepeatItsBreadcrumbAsABadge() {
        List<String> repeated = new ArrayList<>();
        codePages().forEach((path, page) -> {
            List<String> crumbs = page.select(".crumbs a").eachText();
            page.select(".code-head .badge").eachText().stream()
                    .filter(badge -> crumbs.stream().anyMatch(crumb -> crumb.contains(badge) || badge.contains(crumb)))
                    .forEach(badge -> repeated.add(path + ": " + badge));
        });
        assertEquals(List.of(), repeated);
    }

    @Test
    void aChinesePageCitesAnRfcSectionAsChineseWritesIt() {
        List<String> english = new ArrayList<>();
        for (RegistryEntry entry : registry) {
            Document page = HTML.get("zh/" + entry.code() + ".html");
            String label = entry.spec().label();
            if (page == null || !label.matches("RFC \\d+, Section [\\d.]+")) {
                continue;
            }
            String chinese = label.replaceFirst("RFC (\\d+), Section ([\\d.]+)", "RFC $1 第 $2 节");
            if (page.select("a[href=" + entry.spec().url() + "]").eachText().stream().noneMatch(chinese::equals)) {
                english.add(entry.code() + ": " + label);
            }
        }
        assertEquals(List.of(), english);
    }

    @Test
    void aVendorPageThatDoesNotNameTheCodeIsNotPresentedAsItsDocumentation() {
        List<String> overstated = new ArrayList<>();
        for (VendorCode row : vendorRows) {
            Document page = HTML.get("en/" + row.code() + ".html");
            Element link = page.selectFirst(".vendor-cite a[href=" + row.docs() + "]");
            boolean registered = registry.stream().anyMatch(entry -> entry.code() == row.code());
            if (link == null ? !registered : row.namesCode() != link.text().equals("documentation")) {
                overstated.add(row.code() + " " + row.vendor() + ": " + (link == null ? "not cited" : link.text()));
            }
        }
        assertFalse(vendorRows.stream().allMatch(VendorCode::namesCode));
        assertEquals(List.of(), overstated);
    }
}

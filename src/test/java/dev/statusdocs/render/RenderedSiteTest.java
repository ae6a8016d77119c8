package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Content;
import dev.statusdocs.pipeline.Pipeline;
import dev.statusdocs.text.TextForms;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real site as rendered in memory, checked page by page with jsoup. */
class RenderedSiteTest {
    /** The published site's path, from content/site.yaml; 404.html links with it. */
    private static final String BASE_PATH = "/statusdocs/";
    private static SortedMap<String, byte[]> files;
    private static List<Claim> claims;
    private static Content content;
    private static final Map<String, Document> HTML = new TreeMap<>();

    @BeforeAll
    static void render() {
        Pipeline pipeline = new Pipeline(Path.of(""));
        Pipeline.Rendered rendered = pipeline.render(pipeline.check(pipeline.load()));
        assertEquals(List.of(), rendered.diagnostics().stream().filter(d -> d.isError()).toList());
        files = rendered.files();
        claims = rendered.checked().content().claims();
        content = rendered.checked().content();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                HTML.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "https://site.invalid/" + path));
            }
        });
    }

    @Test
    void everyCodeHasAPageInBothLanguagesAndEachLanguageHasAnIndex() {
        long codePages = HTML.keySet().stream().filter(p -> p.matches("(en|zh)/\\d{3}\\.html")).count();
        long pageFiles = new File("content/codes").listFiles((d, n) -> n.matches("\\d{3}\\.md")).length;
        assertEquals(2 * pageFiles, codePages);
        assertTrue(HTML.containsKey("en/index.html") && HTML.containsKey("zh/index.html") && HTML.containsKey("index.html"));
    }

    @Test
    void everyCodePageHeadingHasAUniqueIdTheSameInBothLanguagesAndLinksToItself() {
        List<String> problems = new ArrayList<>();
        HTML.forEach((path, doc) -> {
            if (!path.matches("en/\\d{3}\\.html")) {
                return;
            }
            List<String> english = headingIds(doc, path, problems);
            List<String> chinese = headingIds(HTML.get("zh/" + path.substring(3)), "zh/" + path.substring(3), problems);
            if (!english.equals(chinese)) {
                problems.add(path + ": " + english + " but in Chinese " + chinese);
            }
            Set<String> seen = new HashSet<>();
            doc.select("[id]").forEach(e -> {
                if (!seen.add(e.id())) {
                    problems.add(path + ": id '" + e.id() + "' twice");
                }
            });
        });
        assertEquals(List.of(), problems);
    }

    /** The ids of a page's h2 and h3 in order; a heading without an id, or whose text is not a link to it, is a problem. */
    private static List<String> headingIds(Document doc, String path, List<String> problems) {
        List<String> ids = new ArrayList<>();
        for (Element heading : doc.select("main h2, main h3")) {
            Element link = heading.selectFirst("a.self-link");
            if (heading.id().isEmpty() || link == null || !link.attr("href").equals("#" + heading.id())
                    || !link.text().equals(heading.text())) {
                problems.add(path + ": heading without a link to itself: " + heading.outerHtml());
            }
            ids.add(heading.id());
        }
        return ids;
    }

    @Test
    void everyCodeHasAShortLinkPageThatNamesItsPageInBothLanguagesAndFallsBackToEnglish() {
        List<String> problems = new ArrayList<>();
        HTML.keySet().stream().filter(p -> p.matches("en/\\d{3}\\.html")).forEach(path -> {
            String code = path.substring(3, 6);
            Document shortPage = HTML.get(code + "/index.html");
            if (shortPage == null) {
                problems.add(code + ": no short link page");
                return;
            }
            Element script = shortPage.selectFirst("script[src=../assets/language.js]");
            if (script == null || !script.attr("data-zh").equals("../zh/" + code + ".html")
                    || !script.attr("data-en").equals("../en/" + code + ".html")
                    || !shortPage.select("noscript").html().contains("url=../en/" + code + ".html")
                    || !shortPage.select("link[rel=canonical]").attr("href").endsWith("/en/" + code + ".html")) {
                problems.add(code + ": short link page does not lead to the code's pages");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void quotesInTheOtherLanguageCarryTheResolutionsGlossInThePagesLanguage() {
        Document english = HTML.get("en/503.html");
        Element quote = english.selectFirst(".finding blockquote[lang=zh-Hans]");
        assertTrue(quote.nextElementSibling().hasClass("gloss"), quote.outerHtml());
        assertTrue(quote.nextElementSibling().text().contains("Retry-After"));
        assertTrue(HTML.get("zh/503.html").select(".finding blockquote[lang=zh-Hans] + .gloss").isEmpty(),
                "a quote in the page's own language needs no gloss");
    }

    @Test
    void eachSourceHasAPagePerLanguageWithEveryLineAnchoredAndEvidenceLinksToIt() throws Exception {
        Document page = HTML.get("zh/source-zh-pdf.html");
        long lines = Files.readAllLines(Path.of("content/sources/zh-pdf-article.txt"), StandardCharsets.UTF_8).size();
        assertEquals(lines, page.select("ol.source-lines > li[id^=L]").size());
        assertEquals("#L373", page.getElementById("L373").selectFirst("a.line-number").attr("href"));
        assertEquals("source-zh-pdf.html#L493",
                HTML.get("en/421.html").select(".finding figcaption a[href^=source-zh-pdf]").attr("href"));
    }

    @Test
    void sourcesSaidAreFoldedUnderOneCountedLineMostTrustedFirst() {
        Document english = HTML.get("en/421.html");
        assertEquals("4 sources · 2 disagreements", english.selectFirst(".sources-said details.said > summary").text());
        assertTrue(english.select(".sources-said .claim").first().text().startsWith("RFC 9110"));
        assertTrue(HTML.get("zh/421.html").select(".sources-said .claim").first().text().startsWith("HTTP 响应状态码"));
    }

    @Test
    void everyInternalLinkAndFragmentResolves() {
        List<String> broken = new ArrayList<>();
        HTML.forEach((path, doc) -> {
            for (Element element : doc.select("a[href], link[href], script[src]")) {
                String raw = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (raw.startsWith("https://") || raw.startsWith("http://") || raw.startsWith("mailto:")) {
                    continue;
                }
                URI target = URI.create("https://site.invalid/" + path).resolve(raw);
                String file = target.getPath().substring(1);
                if (raw.startsWith(BASE_PATH)) {
                    file = raw.substring(BASE_PATH.length()).replaceFirst("#.*", "");
                }
                if (file.isEmpty() || file.endsWith("/")) {
                    broken.add(path + " -> " + raw + " (links must name a file)");
                } else if (!files.containsKey(file)) {
                    broken.add(path + " -> " + raw);
                } else if (target.getFragment() != null && HTML.containsKey(file)
                        && HTML.get(file).getElementById(target.getFragment()) == null) {
                    broken.add(path + " -> " + raw + " (no such id)");
                }
            }
        });
        assertEquals(List.of(), broken);
    }

    @Test
    void idsAreUniqueOnEveryPage() {
        HTML.forEach((path, doc) -> {
            Set<String> seen = new HashSet<>();
            doc.select("[id]").forEach(e -> assertTrue(seen.add(e.id()), path + " repeats id " + e.id()));
        });
    }

    @Test
    void noKangxiRadicalReachesAPage() {
        HTML.forEach((path, doc) -> assertFalse(doc.text().codePoints().anyMatch(TextForms::isRadical), path));
    }

    @Test
    void pagesLoadNothingFromAnotherOrigin() {
        HTML.forEach((path, doc) -> {
            assertTrue(doc.select("script[src^=http], link[rel=stylesheet][href^=http], img[src^=http]").isEmpty(), path);
            doc.select("script").forEach(script -> assertFalse(script.data().contains("fetch("), path));
        });
        files.forEach((path, bytes) -> {
            // The search documents are data that may quote code (a page about fetch()), not code that runs it.
            if (path.endsWith(".js") && !path.equals(SearchIndex.PATH) && !path.equals(SearchIndex.TEXT_PATH)) {
                assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("fetch("), path + " must load data by <script>");
            }
        });
    }

    @Test
    void codePageShowsFindingsWithResolutionAndTheSourcesOwnWords() {
        Document page = HTML.get("en/421.html");
        assertTrue(page.select(".findings .finding").size() >= 1);
        assertFalse(page.select("#meaning-conflict-421 .resolution").hasClass("resolution-open"));
        assertTrue(page.select("#meaning-conflict-421 blockquote").text().contains("There are too many connections"));
        assertEquals(4, page.select(".sources-said .claim").size());
        assertEquals("zh-Hans", HTML.get("zh/421.html").select("html").attr("lang"));
        assertEquals("../zh/421.html", page.select("a.lang-switch").attr("href"));
    }

    @Test
    void claimsDataHoldsEveryClaimsTextExactlyInUtf8() throws Exception {
        JsonNode data = new ObjectMapper()
                .readTree(new String(files.get("data/claims.json"), StandardCharsets.UTF_8));
        List<String> written = new ArrayList<>();
        data.forEach(claim -> written.add(claim.get("text").asText()));
        assertEquals(claims.stream().map(Claim::text).toList(), written);
        assertTrue(written.stream().anyMatch(text -> text.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)));
    }

    @Test
    void findingsPageGroupsEveryFindingByKind() {
        Document page = HTML.get("zh/findings.html");
        int findings = page.select(".finding").size();
        String json = new String(files.get("data/findings.json"), StandardCharsets.UTF_8);
        assertEquals(json.split("\"id\"").length - 1, findings);
        assertTrue(page.select("#kind-meaning-conflict .finding").size() >= 2);
    }

    @Test
    void rawHtmlFromMarkdownIsRemoved() {
        MarkdownEngine engine = new MarkdownEngine();
        String html = engine.toHtml("Hi <script>alert(1)</script> <a href=\"javascript:alert(1)\" onclick=\"x()\">a</a>"
                + " <iframe src=\"https://evil.example\"></iframe> [ok](429.md)");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("href=\"429.html\""), html);
    }

    @Test
    void offlineBundleLinksItsDownloadToThePublishedSite() throws Exception {
        byte[] zip = files.get("downloads/statusdocs-offline.zip");
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            String previous = "";
            boolean sawIndex = false;
            while ((entry = in.getNextEntry()) != null) {
                assertTrue(entry.getName().compareTo(previous) > 0, "entries are sorted");
                previous = entry.getName();
                if (entry.getName().equals("statusdocs-offline/en/index.html")) {
                    sawIndex = true;
                    String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(html.contains("href=\"https://statusdocs.github.io/statusdocs/downloads/statusdocs-offline.zip\""));
                }
            }
            assertTrue(sawIndex);
        }
    }

    @Test
    void factsPanelHasTheSameRowsAndLinksInBothLanguagesAndRowsOnlyWhereThereIsData() {
        for (int code : content.pages().keySet()) {
            Element en = HTML.get("en/" + code + ".html").selectFirst("dl.facts");
            Element zh = HTML.get("zh/" + code + ".html").selectFirst("dl.facts");
            assertEquals(en.select("dt").size(), zh.select("dt").size(), code + ": rows");
            assertEquals(en.select("a").eachAttr("href"), zh.select("a").eachAttr("href"), code + ": links");
            boolean known = content.facts().find(code).isPresent();
            int headers = known ? content.facts().find(code).get().headers().size() : 0;
            assertEquals(headers, en.select("code").size(), code + ": header fields");
            assertEquals(known ? 4 : 0, en.select("dt").size() - (2 + 1
                    + (en.select("ul.related").isEmpty() ? 0 : 1)
                    + (content.registry().find(code).map(e -> e.formerNames().isEmpty() ? 0 : 1).orElse(0))),
                    code + ": rows from facts.yaml");
        }
    }

    @Test
    void headerFieldsLinkToTheSectionTheHeaderTableNames() {
        content.facts().codes().forEach((code, facts) -> {
            List<String> hrefs = HTML.get("en/" + code + ".html").select("ul.facts-headers a").eachAttr("href");
            assertEquals(facts.headers().stream().map(h -> content.facts().headers().get(h).url()).toList(), hrefs);
        });
    }

    @Test
    void everyConstantHasACopyButtonWithItsTextAndEveryLibraryARow() {
        content.constants().names().forEach((code, byLibrary) -> {
            for (String lang : List.of("en", "zh")) {
                Element table = HTML.get(lang + "/" + code + ".html").selectFirst("table.constants-table");
                assertEquals(content.constants().libraries().size(), table.select("tbody tr").size());
                long named = byLibrary.values().stream().filter(names -> !names.isEmpty()).count();
                assertEquals(named, table.select("button.copy-button[type=button]").size(), code + " " + lang);
                table.select("button.copy-button").forEach(button ->
                        assertEquals(button.parent().selectFirst("code").text(), button.attr("data-copy")));
            }
        });
    }
}

package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.CodeStatus;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.Vendor;
import dev.statusdocs.model.VendorCode;
import dev.statusdocs.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real site against the real vendor data: every expectation is driven by content/vendors.yaml. */
class VendorPagesTest {
    private static Content content;
    private static SortedMap<String, byte[]> files;

    @BeforeAll
    static void render() {
        Pipeline pipeline = new Pipeline(Path.of(""));
        Pipeline.Rendered rendered = pipeline.render(pipeline.check(pipeline.load()));
        assertEquals(List.of(), rendered.diagnostics().stream().filter(d -> d.isError()).toList());
        content = rendered.checked().content();
        files = rendered.files();
        assertTrue(content.vendors().present() && !unofficialRows().isEmpty(), "the real project has vendor data");
    }

    @Test
    void everyUnregisteredCodeInTheDataHasAnUnofficialPageInBothLanguagesAndViceVersa() {
        Set<Integer> inData = unofficialRows().stream().map(VendorCode::code).collect(Collectors.toSet());
        Set<Integer> unofficialPages = content.pages().values().stream()
                .filter(page -> page.status() == CodeStatus.UNOFFICIAL).map(CodePage::code).collect(Collectors.toSet());
        assertEquals(inData, unofficialPages);
        for (int code : inData) {
            for (Lang lang : Lang.values()) {
                assertTrue(files.containsKey(lang.tag() + "/" + code + ".html"), lang.tag() + "/" + code + ".html");
            }
        }
    }

    @Test
    void everyUnofficialPageCitesItsVendorsDocumentationNearTheTopAndInItsBadge() {
        for (VendorCode row : unofficialRows()) {
            for (Lang lang : Lang.values()) {
                Document page = html(lang.tag() + "/" + row.code() + ".html");
                Set<String> cited = hrefs(page.select("header .vendor-cite a[href]"));
                assertTrue(cited.contains(row.docs()), row.code() + " in " + lang.tag() + " cites " + cited);
                assertTrue(page.selectFirst("header .vendor-cite").text().contains(row.checked().toString()));
                Element badge = page.selectFirst(".badges .badge-unofficial");
                assertNotNull(badge, row.code() + " has an unofficial badge");
                assertTrue(hrefs(badge.select("a")).contains(row.docs()), "the badge links the vendor's documentation");
                assertTrue(badge.text().contains(vendor(row).name()), badge.text());
            }
        }
    }

    @Test
    void theIndexPlacesEachUnofficialCodeInItsNumericClassAndUnderItsVendor() {
        for (Lang lang : Lang.values()) {
            Document index = html(lang.tag() + "/index.html");
            for (VendorCode row : unofficialRows()) {
                CodePage page = content.pages().get(row.code());
                Element item = index.selectFirst("#class-" + page.codeClass() + " .code-list li[data-code=" + row.code() + "]");
                assertNotNull(item, row.code() + " is listed in " + page.codeClass() + " (" + lang.tag() + ")");
                assertTrue(item.selectFirst(".badge-unofficial").text().contains(vendor(row).name()));
                assertNotNull(index.selectFirst("#unofficial #vendor-" + row.vendor() + " + ul li[data-code=" + row.code() + "]"),
                        row.code() + " is listed under " + row.vendor());
                Document codePage = html(lang.tag() + "/" + row.code() + ".html");
                assertEquals("index.html#class-" + page.codeClass(), codePage.select(".crumbs a").last().attr("href"),
                        "the breadcrumb follows the numeric class");
            }
        }
    }

    @Test
    void aRegisteredNumberAVendorReusesShowsThatUseOnItsOwnPageAndHasNoPageOfItsOwnKind() {
        List<VendorCode> reuses = content.vendors().codes().stream()
                .filter(row -> content.registry().contains(row.code())).toList();
        assertFalse(reuses.isEmpty(), "the data holds a reuse of a registered number");
        for (VendorCode row : reuses) {
            assertTrue(content.pages().get(row.code()).status() != CodeStatus.UNOFFICIAL);
            for (Lang lang : Lang.values()) {
                Element uses = html(lang.tag() + "/" + row.code() + ".html").selectFirst("section:has(> #other-uses)");
                assertNotNull(uses, row.code() + " shows its other uses in " + lang.tag());
                assertTrue(uses.text().contains(vendor(row).name()) && uses.text().contains(row.note().get(lang)));
                assertTrue(hrefs(uses.select("a")).contains(row.docs()));
                assertNotNull(html(lang.tag() + "/index.html").selectFirst(
                        "#vendor-" + row.vendor() + " + ul a[href=" + row.code() + ".html#other-uses]"));
            }
        }
    }

    @Test
    void countsOnTheIndexAndTheAboutPageSplitRegisteredFromUnofficial() {
        long registered = content.pages().keySet().stream().filter(content.registry()::contains).count();
        long unofficial = content.pages().values().stream().filter(p -> p.status() == CodeStatus.UNOFFICIAL).count();
        for (String path : List.of("en/index.html", "en/about.html")) {
            String text = html(path).text();
            assertTrue(text.contains(registered + " registered + " + unofficial + " unofficial"), path + ": " + text);
        }
        for (String path : List.of("zh/index.html", "zh/about.html")) {
            String text = html(path).text();
            assertTrue(text.contains(registered + " 个已注册状态码 + " + unofficial + " 个非官方状态码"), path);
        }
    }

    @Test
    void codesJsonGivesEachCodesStandingAndVendors() throws IOException {
        JsonNode codes = new ObjectMapper().readTree(files.get("data/codes.json"));
        for (JsonNode code : codes) {
            int number = code.path("code").asInt();
            assertEquals(content.pages().get(number).status().id(), code.path("status").asText());
            List<String> docs = content.vendors().uses(number).stream().map(VendorCode::docs).toList();
            List<String> written = code.path("vendors").findValuesAsText("docs");
            assertEquals(docs, written, "vendors of " + number);
        }
    }

    private static List<VendorCode> unofficialRows() {
        return content.vendors().codes().stream().filter(row -> !content.registry().contains(row.code())).toList();
    }

    private static Vendor vendor(VendorCode row) {
        return content.vendors().vendor(row.vendor()).orElseThrow();
    }

    private static Set<String> hrefs(List<Element> links) {
        return links.stream().map(a -> a.attr("href")).collect(Collectors.toSet());
    }

    private static Document html(String path) {
        byte[] bytes = files.get(path);
        assertNotNull(bytes, path);
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }
}

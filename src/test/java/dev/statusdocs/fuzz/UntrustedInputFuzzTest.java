package dev.statusdocs.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.statusdocs.content.PageReader;
import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.render.MarkdownEngine;
import dev.statusdocs.sources.ParseResult;
import dev.statusdocs.sources.SourceFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every parser of untrusted text, fuzzed: any input yields claims, a page or diagnostics, never an uncaught
 * exception. {@code mvn verify} replays the seeds under src/test/resources/dev/statusdocs/fuzz/ and any crash
 * found earlier; {@code JAZZER_FUZZ=1 mvn test -Dtest=UntrustedInputFuzzTest} fuzzes for real.
 */
class UntrustedInputFuzzTest {
    private static final MarkdownEngine MARKDOWN = new MarkdownEngine();

    private static void parseWith(SourceFormat format, String text, String... fields) {
        if (text == null) {
            return;
        }
        SourceSpec spec = new SourceSpec("fuzz", "fuzz.txt", format.id(), List.of(Lang.ZH), "Fuzz", "Fuzzed input.",
                Map.of(Lang.ZH, 1), List.of(fields), Optional.empty());
        ParseResult result = format.parser().parse(spec, text);
        long lines = text.lines().count() + 1;
        for (Claim claim : result.claims()) {
            assertTrue(claim.line() >= 1 && claim.line() <= lines, "claim line inside the input");
            assertTrue(claim.code() >= 0 && claim.code() <= 999, "a three-digit code");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void pipeFields(String text) {
        parseWith(SourceFormat.PIPE_FIELDS, text, "code", "phrase", "text");
    }

    @FuzzTest(maxDuration = "30s")
    void markdownTable(String text) {
        parseWith(SourceFormat.MARKDOWN_TABLE, text, "code", "phrase", "text");
    }

    @FuzzTest(maxDuration = "30s")
    void pdfArticle(String text) {
        parseWith(SourceFormat.PDF_ARTICLE, text);
    }

    @FuzzTest(maxDuration = "30s")
    void rfcHeadings(String text) {
        parseWith(SourceFormat.RFC_HEADINGS, text);
    }

    @FuzzTest(maxDuration = "30s")
    void frontMatter(String text) {
        if (text == null) {
            return;
        }
        PageReader.Result result = new PageReader().read("content/codes/200.md", text);
        assertTrue(result.page().isPresent() || !result.diagnostics().isEmpty(), "a page or a reason why not");
        result.diagnostics().forEach(d -> assertTrue(d.line() >= 1 && d.column() >= 1, d.format()));
    }

    @FuzzTest(maxDuration = "30s")
    void markdownNeverLetsActiveContentThrough(String text) {
        if (text == null) {
            return;
        }
        // Judge the elements a browser would build, not the text: escaped markup ("&lt;script") is harmless.
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(MARKDOWN.toHtml(text));
        assertTrue(html.select("script, iframe, object, embed, style, form, img").isEmpty(), html.body().html());
        for (org.jsoup.nodes.Element element : html.body().getAllElements()) {
            for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT);
                assertFalse(name.startsWith("on"), name);
                assertFalse(value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"), value);
            }
        }
    }
}

package dev.statusdocs.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.statusdocs.content.PageReader;
import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.registry.IanaCsv;
import dev.statusdocs.registry.RegistryDiff;
import dev.statusdocs.render.MarkdownEngine;
import dev.statusdocs.render.MarkdownLinter;
import dev.statusdocs.sources.ParseResult;
import dev.statusdocs.sources.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every parser of untrusted text, fuzzed: any input yields claims, a page or diagnostics, never an uncaught
 * exception. {@code mvn verify} replays the seeds under src/test/resources/dev/statusdocs/fuzz/ and any crash
 * found earlier; {@code JAZZER_FUZZ=1 mvn test -Dtest=UntrustedInputFuzzTest} fuzzes for real.
 */
class UntrustedInputFuzzTest {
    private static final MarkdownEngine MARKDOWN = new MarkdownEngine();
    private static final MarkdownLinter LINTER = new MarkdownLinter(MARKDOWN);
    private static final String PAGE = "content/codes/418.md";
    private static final int MAX_REPEATS = 40_000;
    private static final int MAX_INDENTED_REPEATS = 500;

    private static void parseWith(SourceFormat format, String text, String... fields) {
        parseWith(format, text, new SourceSpec("fuzz", "fuzz.txt", format.id(), List.of(Lang.ZH), "Fuzz",
                "Fuzzed input.", Map.of(Lang.ZH, 1), List.of(fields), Optional.empty()));
    }

    /** For the formats that find fields by column or property name, or tables by selector. */
    private static void parseByName(SourceFormat format, String text) {
        parseWith(format, text, new SourceSpec("fuzz", "fuzz.txt", format.id(), List.of(Lang.ZH), "Fuzz",
                "Fuzzed input.", Map.of(Lang.ZH, 1), List.of("code", "phrase", "text"), Optional.empty(),
                Map.of("code", "code", "phrase", "phrase", "text", "text"), Optional.of("table"), Map.of()));
    }

    private static void parseWith(SourceFormat format, String text, SourceSpec spec) {
        if (text == null) {
            return;
        }
        ParseResult result = format.parser().parse(spec, text);
        long lines = text.lines().count() + 1;
        for (Claim claim : result.claims()) {
            assertTrue(claim.line() >= 1 && claim.line() <= lines, "claim line inside the input");
            assertTrue(claim.code() >= 0 && claim.code() <= 999, "a three-digit code");
        }
        result.diagnostics().forEach(d -> assertTrue(d.line() >= 1 && d.column() >= 1, d.format()));
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
    void csv(String text) {
        parseByName(SourceFormat.CSV, text);
    }

    @FuzzTest(maxDuration = "30s")
    void tsv(String text) {
        parseByName(SourceFormat.TSV, text);
    }

    @FuzzTest(maxDuration = "30s")
    void json(String text) {
        parseByName(SourceFormat.JSON, text);
    }

    @FuzzTest(maxDuration = "30s")
    void htmlTable(String text) {
        parseByName(SourceFormat.HTML_TABLE, text);
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
    void ianaRegistry(String text) {
        if (text == null) {
            return;
        }
        IanaCsv.Result result = IanaCsv.parse("registry.csv", text);
        assertTrue(!result.rows().isEmpty() || !result.diagnostics().isEmpty(), "rows or a reason why not");
        result.diagnostics().forEach(d -> assertTrue(d.line() >= 1 && d.column() >= 1, d.format()));
        assertTrue(RegistryDiff.between(result.rows(), result.rows()).isEmpty(), "a file does not differ from itself");
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
        Document html = Jsoup.parseBodyFragment(MARKDOWN.toHtml(text));
        assertTrue(html.select("script, iframe, object, embed, style, form, img").isEmpty(), html.body().html());
        for (Element element : html.body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), name);
                assertFalse(value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"), value);
            }
        }
    }

    /** A real page's front matter, so that only the body is fuzzed. */
    private static String frontMatter() {
        try {
            String page = Files.readString(Path.of(PAGE), StandardCharsets.UTF_8);
            return page.substring(0, page.indexOf("\n---\n", 4) + 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page body from "COUNT|UNIT|REST": the unit repeated COUNT times, each repetition indented one level more
     * when COUNT ends in 'i', then the rest. Deep nesting and long runs come from short inputs this way.
     */
    private static String body(String text) {
        String[] parts = text.split("\\|", 3);
        if (parts.length < 2) {
            return text;
        }
        boolean indented = parts[0].endsWith("i");
        String digits = parts[0].replaceAll("\\D", "");
        int count = digits.isEmpty() ? 1 : (int) (Long.parseLong(digits.substring(0, Math.min(9, digits.length())))
                % (indented ? MAX_INDENTED_REPEATS : MAX_REPEATS));
        String rest = parts.length > 2 ? parts[2] : "";
        if (indented) {
            return IntStream.range(0, count).mapToObj(i -> "  ".repeat(i) + parts[1])
                    .collect(Collectors.joining("\n")) + rest;
        }
        return parts[1].repeat(count) + rest;
    }

    private static int depth(Element element) {
        int depth = 0;
        for (Element up = element; up != null; up = up.parent()) {
            depth++;
        }
        return depth;
    }

    @FuzzTest(maxDuration = "60s")
    void wholePagesWithDeepNestingAreCheckedAndRenderedWithinLimits(String text) {
        if (text == null) {
            return;
        }
        String page = frontMatter() + "\n## English\n\n" + body(text) + "\n";
        PageReader.Result read = new PageReader().read(PAGE, page);
        read.page().ifPresent(parsed -> {
            List<Diagnostic> found = LINTER.lint(parsed, Set.of(418), Map.of());
            found.forEach(d -> assertTrue(d.line() >= 1 && d.column() >= 1 && d.hint().isPresent(), d.format()));
            if (found.stream().noneMatch(Diagnostic::isError)) {
                // What check accepts renders, into HTML no deeper than the limits allow.
                for (CodePage.Section section : parsed.sections().values()) {
                    Document html = Jsoup.parseBodyFragment(MARKDOWN.toHtml(section.markdown()));
                    html.body().getAllElements().forEach(e -> assertTrue(depth(e) < 300, "nesting of the HTML"));
                }
            }
        });
    }
}

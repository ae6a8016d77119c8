package dev.statusdocs.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flexmark set up once: the stock parser with tables, and the stock renderer with three extensions. Contributors'
 * Markdown is never trusted: raw HTML is left out of the page (check also rejects it) and every address passes
 * {@link SafeUrls}. {@link PageLinks} points links to sibling pages at the rendered pages, and
 * {@link RaisedHeadings} fits the body's headings under the page title.
 */
public final class MarkdownEngine {
    /** Enough for every section of a large site; past it the cache starts over rather than grow without end. */
    private static final int MAX_CACHED = 20_000;

    private final Parser parser;
    private final HtmlRenderer renderer;
    /** The HTML of each text rendered before: serve renders every page again after each edit. */
    private final Map<String, String> htmlByText = new ConcurrentHashMap<>();

    public MarkdownEngine() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        // Pages do not show heading ids, so Flexmark need not work them out for every heading.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.SUPPRESS_HTML, true);
        // SafeUrls judges every address on its decoded form; Flexmark's filter sees only the text as written.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        this.parser = Parser.builder(options).postProcessorFactory(new RaisedHeadings.Factory()).build();
        this.renderer = HtmlRenderer.builder(options)
                .linkResolverFactory(new PageLinks.Factory())
                .attributeProviderFactory(new SafeUrls.Factory())
                .build();
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Safe HTML for a Markdown text; a text seen before is not rendered again. */
    public String toHtml(String markdown) {
        if (htmlByText.size() > MAX_CACHED) {
            htmlByText.clear();
        }
        return htmlByText.computeIfAbsent(markdown, text -> render(parse(text)).html());
    }

    /** A page's HTML, and the addresses left out of it because {@link UrlPolicy} refused them. */
    record Rendered(String html, List<SafeUrls.Refused> refused) {
    }

    Rendered render(Document tree) {
        List<SafeUrls.Refused> refused = new ArrayList<>();
        tree.set(SafeUrls.REFUSED, refused);
        return new Rendered(renderer.render(tree), List.copyOf(refused));
    }
}

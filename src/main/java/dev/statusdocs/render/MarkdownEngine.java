package dev.statusdocs.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flexmark set up once: the stock parser with tables and anchor links, and the stock renderer with four extensions.
 * A heading gets the id it is given through {@link HeadingIds} and its text becomes a link to itself. Contributors'
 * Markdown is never trusted: raw HTML is left out of the page (check also rejects it) and every address passes
 * {@link SafeUrls}. {@link PageLinks} points links to sibling pages at the rendered pages. Only texts within
 * {@link MarkdownLimits} are parsed.
 */
public final class MarkdownEngine {
    /** Enough for every section of a large site; past it the cache starts over rather than grow without end. */
    private static final int MAX_CACHED = 5_000;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Map<Key, Rendered> renderedByText = new ConcurrentHashMap<>();

    public MarkdownEngine() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AnchorLinkExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        // The heading holds the id; its text, wrapped in the link, gives the link its accessible name.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, HeadingIds.LINK_CLASS);
        options.set(HtmlRenderer.SUPPRESS_HTML, true);
        // SafeUrls judges every address on its decoded form; Flexmark's filter sees only the text as written.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .linkResolverFactory(new PageLinks.Factory())
                .attributeProviderFactory(new SafeUrls.Factory())
                .nodeRendererFactory(new HttpBlockRenderer.Factory())
                .htmlIdGeneratorFactory(new HeadingIds.Given.Factory())
                .build();
    }

    /**
     * The syntax tree of a text, its headings moved up one level.
     *
     * @throws MarkdownLimits.Exceeded when the text breaks a limit
     */
    Document parse(String markdown) {
        MarkdownLimits.beforeParsing(markdown).ifPresent(breach -> {
            throw new MarkdownLimits.Exceeded(breach);
        });
        Document tree = parser.parse(markdown);
        MarkdownLimits.afterParsing(tree).ifPresent(breach -> {
            throw new MarkdownLimits.Exceeded(breach);
        });
        raiseHeadings(tree);
        return tree;
    }

    /**
     * A page's body sits under its h1 title with its language heading ("## English") not shown, so its "###"
     * sections are the page's second level: each heading moves up one level, to h2 at most.
     */
    private static void raiseHeadings(Document tree) {
        for (Node node : tree.getDescendants()) {
            if (node instanceof Heading heading) {
                heading.setLevel(Math.max(2, heading.getLevel() - 1));
            }
        }
    }

    /** Safe HTML for a Markdown text within the limits; its headings have no ids. */
    public String toHtml(String markdown) {
        return rendered(markdown).html();
    }

    /** Safe HTML for a Markdown text within the limits, its headings given these ids in order, each a link to itself. */
    String toHtml(String markdown, List<String> headingIds) {
        return rendered(new Key(markdown, headingIds)).html();
    }

    /** A text's syntax tree, its HTML, and the addresses left out of the HTML because {@link UrlPolicy} refused them. */
    record Rendered(Document tree, String html, List<SafeUrls.Refused> refused) {
    }

    /** The syntax tree of a text, or nothing when it breaks a limit (the linter reports that). */
    public Optional<Document> tree(String markdown) {
        try {
            return Optional.of(rendered(markdown).tree());
        } catch (MarkdownLimits.Exceeded e) {
            return Optional.empty();
        }
    }

    /** The ids for a tree's headings, in document order. */
    static final DataKey<List<String>> HEADING_IDS = new DataKey<>("STATUSDOCS_HEADING_IDS", List.of());

    private record Key(String markdown, List<String> headingIds) {
        Key {
            headingIds = List.copyOf(headingIds);
        }
    }

    /**
     * A text parsed and rendered once and remembered: check and the render stage share it, and serve, which renders
     * every page again after each edit, renders only the edited text.
     *
     * @throws MarkdownLimits.Exceeded when the text breaks a limit
     */
    Rendered rendered(String markdown) {
        return rendered(new Key(markdown, List.of()));
    }

    private Rendered rendered(Key key) {
        if (renderedByText.size() > MAX_CACHED) {
            renderedByText.clear();
        }
        return renderedByText.computeIfAbsent(key, this::parseAndRender);
    }

    private Rendered parseAndRender(Key key) {
        Document tree = parse(key.markdown());
        List<SafeUrls.Refused> refused = new ArrayList<>();
        tree.set(SafeUrls.REFUSED, refused);
        tree.set(HEADING_IDS, key.headingIds());
        String html = renderer.render(tree);
        return new Rendered(tree, html, List.copyOf(refused));
    }
}

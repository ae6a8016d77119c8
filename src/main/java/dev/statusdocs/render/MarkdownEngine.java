package dev.statusdocs.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Flexmark set up once. Contributors' Markdown is never trusted: every address passes {@link SafeUrls}, and a
 * text that holds raw HTML at all is cleaned with a jsoup safelist, so scripts, event handlers and iframes never reach a page (check also rejects raw HTML). Links to sibling
 * pages ({@code 429.md}) become links to the rendered page ({@code 429.html}). Each text is parsed once; the
 * linter and the renderer share the tree.
 */
public final class MarkdownEngine {
    /** Only used to tell relative links from absolute ones while cleaning; never written out. */
    private static final String BASE_URI = "https://statusdocs.invalid/en/";
    static final Pattern PAGE_LINK = Pattern.compile("^(\\d{3})\\.md(#[\\w-]*)?$");

    private final Parser parser;
    /** For texts without a '|', which can hold no table: it skips the table search in every paragraph. */
    private final Parser parserWithoutTables;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;
    private final java.util.concurrent.ConcurrentHashMap<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Document> trees = new java.util.concurrent.ConcurrentHashMap<>();
    /** Enough for every section of a large site; past it the cache starts over rather than grow without end. */
    private static final int MAX_CACHED = 20_000;

    public MarkdownEngine() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        // Pages do not show heading ids, so Flexmark need not work them out for every heading.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        // SafeUrls judges every address on its decoded form; Flexmark's filter sees only the text as written.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        this.parserWithoutTables = parser(options);
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        this.parser = parser(options);
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new SafeUrls.Factory()).build();
        Safelist safelist = Safelist.relaxed()
                .removeTags("img")
                .addAttributes("code", "class")
                .addProtocols("a", "href", "#")
                .preserveRelativeLinks(true);
        this.cleaner = new Cleaner(safelist);
    }

    /**
     * A page's body sits under its h1 title with its language heading ("## English") not shown, so its
     * "###" sections are the page's second level: each heading moves up one level, h2 at most.
     */
    private static void raiseHeadingElements(org.jsoup.nodes.Document html) {
        for (Element heading : html.select("h3, h4, h5, h6")) {
            heading.tagName("h" + (Integer.parseInt(heading.tagName().substring(1)) - 1));
        }
        html.select("h1").tagName("h2");
    }

    private static Parser parser(MutableDataSet options) {
        return Parser.builder(options)
                .customInlineParserFactory(NoCopyInlineParser.FACTORY)
                // Flexmark adds link reference definitions itself only with its own inline parser.
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
    }

    public Document parse(String markdown) {
        if (trees.size() > MAX_CACHED) {
            trees.clear();
        }
        return trees.computeIfAbsent(markdown,
                text -> (text.indexOf('|') < 0 ? parserWithoutTables : parser).parse(text));
    }

    /** Safe HTML for a Markdown text; a text seen before is not rendered again. */
    public String toHtml(String markdown) {
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        return cache.computeIfAbsent(markdown, this::render);
    }

    /** A page's HTML, and the addresses left out of it because {@link UrlPolicy} refused them. */
    record Rendered(String html, List<SafeUrls.Refused> refused) {
    }

    Rendered render(Document tree) {
        List<SafeUrls.Refused> refused = new ArrayList<>();
        tree.set(SafeUrls.REFUSED, refused);
        return new Rendered(renderer.render(tree), List.copyOf(refused));
    }

    private String render(String markdown) {
        Document tree = parse(markdown);
        String html = render(tree).html();
        if (!containsRawHtml(tree)) {
            // Flexmark wrote every tag and escaped every attribute itself: adjust its output directly.
            return raiseHeadings(PAGE_LINK_ATTRIBUTE.matcher(html).replaceAll("href=\"$1.html$2\""));
        }
        return cleaned(html);
    }

    private static final Pattern PAGE_LINK_ATTRIBUTE = Pattern.compile("href=\"(\\d{3})\\.md(#[\\w-]*)?\"");
    private static final Pattern HEADING_TAG = Pattern.compile("<(/?)h([1-6])([ >])");

    private static String raiseHeadings(String html) {
        return HEADING_TAG.matcher(html).replaceAll(m -> {
            int level = Math.max(2, Integer.parseInt(m.group(2)) - 1);
            return "<" + m.group(1) + "h" + level + m.group(3);
        });
    }

    private static boolean containsRawHtml(com.vladsch.flexmark.util.ast.Node node) {
        for (com.vladsch.flexmark.util.ast.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof com.vladsch.flexmark.ast.HtmlBlock || child instanceof com.vladsch.flexmark.ast.HtmlInline
                    || child instanceof com.vladsch.flexmark.ast.HtmlCommentBlock || containsRawHtml(child)) {
                return true;
            }
        }
        return false;
    }

    private String cleaned(String raw) {
        org.jsoup.nodes.Document dirty = Jsoup.parseBodyFragment(raw, BASE_URI);
        for (Element link : dirty.select("a[href]")) {
            link.attr("href", PAGE_LINK.matcher(link.attr("href")).replaceFirst("$1.html$2"));
        }
        org.jsoup.nodes.Document clean = cleaner.clean(dirty);
        raiseHeadingElements(clean);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}

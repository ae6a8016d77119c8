package dev.statusdocs.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Flexmark set up once. Contributors' Markdown is never trusted: the HTML it yields is cleaned with a jsoup
 * safelist, so scripts, event handlers, iframes and {@code javascript:} links never reach a page. Links to
 * sibling pages ({@code 429.md}) become links to the rendered page ({@code 429.html}).
 */
public final class MarkdownEngine {
    /** Only used to tell relative links from absolute ones while cleaning; never written out. */
    private static final String BASE_URI = "https://statusdocs.invalid/en/";
    static final Pattern PAGE_LINK = Pattern.compile("^(\\d{3})\\.md(#[\\w-]*)?$");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;
    private final java.util.concurrent.ConcurrentHashMap<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();
    /** Enough for every section of a large site; past it the cache starts over rather than grow without end. */
    private static final int MAX_CACHED = 20_000;

    public MarkdownEngine() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
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
    private static void raiseHeadings(org.jsoup.nodes.Document html) {
        for (Element heading : html.select("h3, h4, h5, h6")) {
            heading.tagName("h" + (Integer.parseInt(heading.tagName().substring(1)) - 1));
        }
        html.select("h1").tagName("h2");
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Safe HTML for a Markdown text; a text seen before is not rendered again. */
    public String toHtml(String markdown) {
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        return cache.computeIfAbsent(markdown, this::render);
    }

    private String render(String markdown) {
        String raw = renderer.render(parse(markdown));
        org.jsoup.nodes.Document dirty = Jsoup.parseBodyFragment(raw, BASE_URI);
        for (Element link : dirty.select("a[href]")) {
            link.attr("href", PAGE_LINK.matcher(link.attr("href")).replaceFirst("$1.html$2"));
        }
        org.jsoup.nodes.Document clean = cleaner.clean(dirty);
        raiseHeadings(clean);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}

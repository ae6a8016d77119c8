package dev.statusdocs.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids of a code page's headings. Each comes from the English heading, as Flexmark (and GitHub's preview of the
 * Markdown file) makes it, and the Chinese heading at the same place in the outline gets the same id, so that
 * {@code 429.html#what-a-client-should-do} works in both languages and the Markdown carries no id syntax of its own.
 */
public final class HeadingIds {
    /** The class of the link each heading's text becomes. */
    public static final String LINK_CLASS = "self-link";

    /** Ids of the sections the code page template adds after the body; a body heading must not take one. */
    public static final Set<String> TEMPLATE_IDS = Set.of("main", "q", "search-results", "findings", "sources",
            "examples", "facts", "in-code", "other-uses");

    private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final MarkdownEngine markdown;

    public HeadingIds(MarkdownEngine markdown) {
        this.markdown = markdown;
    }

    /**
     * The ids of the page's headings in outline order: from the English section, or, while a page has none, by
     * position ({@code section-1}, ...).
     */
    public List<String> of(CodePage page) {
        CodePage.Section english = page.sections().get(Lang.EN);
        if (english != null) {
            return headings(english).stream().map(Located::id).toList();
        }
        CodePage.Section other = page.sections().get(Lang.ZH);
        int count = other == null ? 0 : headings(other).size();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add("section-" + i);
        }
        return ids;
    }

    /**
     * Problems with the page's heading ids: an English heading whose id is empty, not plain lower-case ASCII or
     * taken by the template, and a Chinese outline that differs from the English one, at the first heading where
     * they part.
     */
    public List<Diagnostic> check(CodePage page) {
        CodePage.Section english = page.sections().get(Lang.EN);
        if (english == null) {
            return List.of();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Located> englishHeadings;
        try {
            englishHeadings = headings(english);
        } catch (MarkdownLimits.Exceeded e) {
            return List.of(); // MarkdownLinter reports the breach
        }
        for (Located heading : englishHeadings) {
            if (!WELL_FORMED.matcher(heading.id()).matches()) {
                String gives = heading.id().isEmpty() ? "no id" : "the id '" + heading.id() + "'";
                diagnostics.add(heading.error(page, english, "the heading '" + heading.text() + "' gives " + gives
                        + " for links to it", "an English heading names its section in links: write it with Latin"
                        + " letters or digits"));
            } else if (TEMPLATE_IDS.contains(heading.id())) {
                diagnostics.add(heading.error(page, english, "the heading '" + heading.text() + "' gives the id '"
                        + heading.id() + "', which the page already uses for its own section",
                        "word the heading differently, e.g. 'About " + heading.text() + "'"));
            }
        }
        CodePage.Section chinese = page.sections().get(Lang.ZH);
        if (chinese != null) {
            try {
                outlineMismatch(page, english, englishHeadings, chinese, headings(chinese)).ifPresent(diagnostics::add);
            } catch (MarkdownLimits.Exceeded e) {
                return diagnostics;
            }
        }
        return diagnostics;
    }

    private static Optional<Diagnostic> outlineMismatch(CodePage page, CodePage.Section english,
            List<Located> englishHeadings, CodePage.Section chinese, List<Located> chineseHeadings) {
        String hint = "both languages need the same headings at the same levels in the same order: "
                + "a Chinese heading takes the id of the English heading at its place";
        for (int i = 0; i < Math.max(englishHeadings.size(), chineseHeadings.size()); i++) {
            if (i >= chineseHeadings.size()) {
                Located missing = englishHeadings.get(i);
                return Optional.of(missing.error(page, english, "the Chinese section has no heading for '"
                        + missing.text() + "' (#" + missing.id() + ")", hint));
            }
            Located zh = chineseHeadings.get(i);
            if (i >= englishHeadings.size()) {
                return Optional.of(zh.error(page, chinese,
                        "the heading '" + zh.text() + "' has no English heading at its place", hint));
            }
            Located en = englishHeadings.get(i);
            if (!en.marker().equals(zh.marker())) {
                return Optional.of(zh.error(page, chinese, "the heading '" + zh.text() + "' is a '" + zh.marker()
                        + "' heading, but the English heading at its place, '" + en.text() + "', is a '"
                        + en.marker() + "' heading", hint));
            }
        }
        return Optional.empty();
    }

    private List<Located> headings(CodePage.Section section) {
        Document tree = markdown.rendered(section.markdown()).tree();
        HeaderIdGenerator generator = new HeaderIdGenerator();
        generator.generateIds(tree);
        List<Located> headings = new ArrayList<>();
        for (Node node : tree.getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(new Located(heading, generator.getId(heading)));
            }
        }
        return headings;
    }

    /** A heading with the id Flexmark derives from its text. */
    private record Located(Heading heading, String id) {
        Located {
            id = id == null ? "" : id;
        }

        String marker() {
            return heading.isAtxHeading() ? heading.getOpeningMarker().toString() : "underlined";
        }

        String text() {
            return heading.getText().toString().strip();
        }

        Diagnostic error(CodePage page, CodePage.Section section, String message, String hint) {
            return Diagnostic.error(page.file(), section.line() + heading.getLineNumber(),
                    heading.getStartOffset() - heading.getStartOfLine() + 1, message, hint);
        }
    }

    /** Gives a tree's headings the ids stored in it under {@link MarkdownEngine#HEADING_IDS}, in document order. */
    static final class Given implements HtmlIdGenerator {
        private final Map<Node, String> ids = new IdentityHashMap<>();

        @Override
        public void generateIds(Document document) {
            List<String> given = MarkdownEngine.HEADING_IDS.get(document);
            int next = 0;
            for (Node node : document.getDescendants()) {
                if (node instanceof Heading && next < given.size()) {
                    ids.put(node, given.get(next++));
                }
            }
        }

        @Override
        public String getId(Node node) {
            return ids.get(node);
        }

        @Override
        public String getId(CharSequence text) {
            return null;
        }

        static final class Factory implements HeaderIdGeneratorFactory {
            @Override
            public HtmlIdGenerator create(LinkResolverContext context) {
                return new Given();
            }

            @Override
            public HtmlIdGenerator create() {
                return new Given();
            }
        }
    }
}

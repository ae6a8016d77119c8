package dev.statusdocs.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what a page points at and holds: related codes and links resolve, every address is one the site may
 * emit, and no raw HTML.
 */
public final class MarkdownLinter {
    private final MarkdownEngine markdown;

    public MarkdownLinter(MarkdownEngine markdown) {
        this.markdown = markdown;
    }

    /**
     * @param titles each page's titles by code: a link labelled "407 Proxy Authentication Required" must use the
     *               title of 407 in the section's language, so that pages name codes the same way everywhere
     */
    public List<Diagnostic> lint(CodePage page, Set<Integer> codesWithPages,
                                 Map<Integer, Map<Lang, String>> titles) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (CodePage.CodeRef related : page.related()) {
            if (!codesWithPages.contains(related.code())) {
                diagnostics.add(Diagnostic.error(page.file(), related.line(), related.column(),
                        "related code " + related.code() + " has no page", "list only codes that have a page in content/codes/"));
            }
        }
        for (CodePage.Section section : page.sections().values()) {
            try {
                lintSection(page, section, codesWithPages, titles, diagnostics);
            } catch (MarkdownLimits.Exceeded e) {
                MarkdownLimits.Breach breach = e.breach();
                diagnostics.add(Diagnostic.error(page.file(), section.line() + breach.line(), breach.column(),
                        breach.message(), breach.hint()));
            } catch (StackOverflowError e) {
                // The limits are meant to make this unreachable; if they miss a case, it is still the page's fault.
                diagnostics.add(Diagnostic.error(page.file(), section.line(), 1,
                        "the section is nested too deeply to read", "flatten its lists, quotes and emphasis"));
            }
        }
        return diagnostics;
    }

    private void lintSection(CodePage page, CodePage.Section section, Set<Integer> codesWithPages,
                             Map<Integer, Map<Lang, String>> titles,
                             List<Diagnostic> diagnostics) {
        MarkdownEngine.Rendered rendered = markdown.rendered(section.markdown());
        int offset = section.line();
        // Flexmark finds a node's line by scanning the text from its start: ask only when reporting.
        visit(rendered.tree(), node -> {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                diagnostics.add(Diagnostic.error(page.file(), offset + node.getLineNumber(), column(node),
                        "raw HTML is not allowed: " + firstLine(node.getChars().toString()),
                        "write it in Markdown; raw HTML is removed from the page"));
            } else if (node instanceof Link link) {
                Matcher target = PageLinks.PAGE_LINK.matcher(link.getUrl().toString());
                if (target.matches() && !codesWithPages.contains(Integer.parseInt(target.group(1)))) {
                    diagnostics.add(Diagnostic.error(page.file(), offset + node.getLineNumber(), column(node),
                            "link to a code page that does not exist: " + link.getUrl(),
                            "link to an existing code such as [404](404.md)"));
                } else if (target.matches()) {
                    checkLabel(section.lang(), link, Integer.parseInt(target.group(1)), titles)
                            .map(message -> Diagnostic.warning(page.file(), offset + node.getLineNumber(),
                                    column(node), message))
                            .ifPresent(diagnostics::add);
                }
            }
        });
        for (SafeUrls.Refused refused : rendered.refused()) {
            diagnostics.add(Diagnostic.error(page.file(), offset + refused.node().getLineNumber(),
                    column(refused.node()), refused.reason(), UrlPolicy.PAGE_LINKS.hint()));
        }
    }

    private static final Pattern LABEL = Pattern.compile("^(\\d{3})\\s+(.+)$");

    private static int column(Node node) {
        return node.getStartOffset() - node.getStartOfLine() + 1;
    }

    /** A warning message when a link's label names the code differently from the code's title. */
    private static Optional<String> checkLabel(Lang lang, Link link,
            int code, Map<Integer, Map<Lang, String>> titles) {
        Matcher label = LABEL.matcher(link.getText().toString().strip());
        String title = titles.getOrDefault(code, Map.of()).get(lang);
        if (!label.matches() || Integer.parseInt(label.group(1)) != code || title == null
                || label.group(2).strip().equals(title)) {
            return Optional.empty();
        }
        return Optional.of(
                "link text calls " + code + " '" + label.group(2).strip() + "', but its title is '" + title + "'");
    }

    private static void visit(Node node, Consumer<Node> action) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            action.accept(child);
            visit(child, action);
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\n", 2)[0];
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}

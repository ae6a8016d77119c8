package dev.statusdocs.check;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import dev.statusdocs.check.ParagraphText.Range;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.render.MarkdownEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Warns about every sentence of a page's body (or list item, taken whole) that states a requirement
 * ({@link RequirementWords}) without a citation link ({@link CitationLinks}) in it, at its first requirement word,
 * and counts the page's citation links. Block quotes, code and quoted text are a source's words, not ours.
 */
public final class Citations {
    private static final String EXAMPLE = "(https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.17)";
    private static final Map<Lang, String> HINTS = Map.of(
            Lang.EN, "link the RFC section that says it, e.g. [RFC 9110, Section 15.5.17]" + EXAMPLE,
            Lang.ZH, "link the RFC section that says it, e.g. [RFC 9110 第 15.5.17 节]" + EXAMPLE);
    private static final String ADVICE = ", or the vendor's documentation; if it is our own advice, say so without"
            + " the requirement word (see 'Citations' in CONTRIBUTING.md)";
    private final MarkdownEngine markdown;
    private final CitationLinks links;

    public Citations(MarkdownEngine markdown, CitationLinks links) {
        this.markdown = markdown;
        this.links = links;
    }

    /** What one page's body says about citations: a warning per uncited requirement, and its citation links. */
    public record PageCitations(List<Diagnostic> diagnostics, int links) {
        public PageCitations {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public PageCitations check(CodePage page) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        int count = 0;
        for (Lang lang : Lang.values()) {
            CodePage.Section section = page.sections().get(lang);
            if (section == null) {
                continue;
            }
            Optional<? extends Node> tree = markdown.tree(section.markdown());
            if (tree.isEmpty()) {
                continue;
            }
            Positions positions = new Positions(page.file(), section);
            for (Node node : tree.get().getDescendants()) {
                if (node instanceof Paragraph paragraph && !quoted(paragraph)) {
                    ParagraphText text = ParagraphText.of(paragraph, links);
                    count += text.citations().size();
                    if (!(paragraph.getParent() instanceof ListItem)) {
                        diagnostics.addAll(sentences(text, lang, positions));
                    }
                } else if (node instanceof ListItem item && !quoted(item)) {
                    listItem(item, lang, positions).ifPresent(diagnostics::add);
                }
            }
        }
        return new PageCitations(diagnostics, count);
    }

    private static List<Diagnostic> sentences(ParagraphText text, Lang lang, Positions positions) {
        List<RequirementWords.Hit> hits = hits(text, lang);
        List<Diagnostic> found = new ArrayList<>();
        if (hits.isEmpty()) {
            return found;
        }
        for (Range sentence : Sentences.of(text.forSentences())) {
            if (!text.cites(sentence)) {
                hits.stream().filter(h -> h.offset() >= sentence.from() && h.offset() < sentence.to()).findFirst()
                        .map(h -> positions.warning(text.start() + h.offset(), h.word(), "sentence"))
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    /** A list item is one statement: a citation anywhere in its own paragraphs covers all of it. */
    private Optional<Diagnostic> listItem(ListItem item, Lang lang, Positions positions) {
        boolean cited = false;
        Optional<Diagnostic> first = Optional.empty();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph) {
                ParagraphText text = ParagraphText.of(paragraph, links);
                cited |= !text.citations().isEmpty();
                if (first.isEmpty()) {
                    first = hits(text, lang).stream().findFirst()
                            .map(h -> positions.warning(text.start() + h.offset(), h.word(), "list item"));
                }
            }
        }
        return cited ? Optional.empty() : first;
    }

    private static List<RequirementWords.Hit> hits(ParagraphText text, Lang lang) {
        return RequirementWords.find(text.raw(), lang).stream()
                .filter(h -> text.isProse(h.offset(), h.word().length())).toList();
    }

    private static boolean quoted(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof BlockQuote) {
                return true;
            }
        }
        return false;
    }

    /** Turns an offset in a section's Markdown into the page file's line and column. */
    private record Positions(String file, CodePage.Section section) {
        Diagnostic warning(int offset, String word, String unit) {
            String text = section.markdown();
            int line = section.line();
            for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
                line++;
            }
            int column = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
            return new Diagnostic(file, line, column, Diagnostic.Severity.WARNING,
                    "'" + word + "' states a requirement, but its " + unit + " links no RFC section or vendor document",
                    Optional.of(HINTS.get(section.lang()) + ADVICE));
        }
    }
}

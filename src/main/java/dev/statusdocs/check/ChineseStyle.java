package dev.statusdocs.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.render.MarkdownEngine;
import dev.statusdocs.yaml.LocatedYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reports every break of the Chinese house rules ({@link ChineseText}) in a page's {@code ## 中文} section and in
 * its zh front-matter texts, at the line and column of the offending character. Code spans, link targets,
 * autolinks and block quotes are not prose and are skipped; so is text quoted from a source.
 */
public final class ChineseStyle {
    private static final String HINT = "see 'Chinese text' in CONTRIBUTING.md";
    private final MarkdownEngine markdown;
    private final ChineseText rules;

    public ChineseStyle(MarkdownEngine markdown, Glossary glossary) {
        this.markdown = markdown;
        this.rules = new ChineseText(glossary);
    }

    public List<Diagnostic> check(CodePage page, String pageText) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        frontMatter(page.file(), pageText, diagnostics);
        CodePage.Section section = page.sections().get(Lang.ZH);
        if (section != null) {
            markdown.tree(section.markdown()).ifPresent(tree -> visit(tree, node -> {
                if (node instanceof Text text && prose(text)) {
                    String chars = text.getChars().toString();
                    int column = text.getStartOffset() - text.getStartOfLine() + 1;
                    int line = section.line() + text.getLineNumber();
                    for (ChineseText.Violation v : rules.check(chars)) {
                        diagnostics.add(report(page.file(), line, column + v.offset(), v));
                    }
                    if (text.getPrevious() instanceof Code) {
                        for (ChineseText.Violation v : rules.afterCodeSpan(chars)) {
                            diagnostics.add(report(page.file(), line, column + v.offset(), v));
                        }
                    }
                }
            }));
        }
        return diagnostics;
    }

    private static boolean prose(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof Code || up instanceof AutoLink || up instanceof BlockQuote) {
                return false;
            }
        }
        return true;
    }

    /** title.zh, summary.zh and the zh texts of resolutions and recorded findings. */
    private void frontMatter(String file, String pageText, List<Diagnostic> diagnostics) {
        if (!pageText.startsWith("---")) {
            return;
        }
        int end = pageText.indexOf("\n---", 3);
        if (end < 0) {
            return;
        }
        String yaml = pageText.substring(pageText.indexOf('\n') + 1, end + 1);
        // Problems with the front matter itself are the page reader's to report.
        LocatedYaml.parse(file, yaml, 1, new ArrayList<>()).ifPresent(doc -> {
            List<String> paths = new ArrayList<>(List.of("title.zh", "summary.zh"));
            for (int i = 0; i < doc.node("resolutions").size(); i++) {
                paths.add("resolutions[" + i + "].zh");
            }
            for (int i = 0; i < doc.node("findings").size(); i++) {
                paths.add("findings[" + i + "].message.zh");
            }
            String[] lines = pageText.split("\n", -1);
            for (String path : paths) {
                JsonNode value = doc.node(path);
                if (value.isTextual()) {
                    scalar(file, doc.valuePosition(path), value.asText(), lines, diagnostics);
                }
            }
        });
    }

    /** A scalar on one line maps offsets to columns; one written over several lines is reported at its start. */
    private void scalar(String file, LocatedYaml.Position at, String value, String[] lines,
                        List<Diagnostic> diagnostics) {
        String line = at.line() - 1 < lines.length ? lines[at.line() - 1] : "";
        int start = line.indexOf(value, Math.max(0, at.column() - 1));
        for (ChineseText.Violation v : rules.check(value)) {
            int column = start < 0 ? at.column() : start + v.offset() + 1;
            diagnostics.add(report(file, at.line(), column, v));
        }
    }

    private static Diagnostic report(String file, int line, int column, ChineseText.Violation v) {
        return Diagnostic.error(file, line, column, v.message() + ": write '" + v.preferred() + "'", HINT);
    }

    private static void visit(Node node, Consumer<Node> action) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            action.accept(child);
            visit(child, action);
        }
    }
}

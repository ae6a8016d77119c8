package dev.statusdocs.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.statusdocs.http.HttpExchange;
import dev.statusdocs.http.HttpProblem;
import dev.statusdocs.http.MessageRules;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** Checks every {@code http} fenced block of a page as HTTP/1.1 messages, each problem at its line in the file. */
public final class HttpBlocks {
    private final MarkdownEngine markdown;

    public HttpBlocks(MarkdownEngine markdown) {
        this.markdown = markdown;
    }

    /** @param registeredName a code's registered name, which a reason phrase must match */
    public List<Diagnostic> check(CodePage page, IntFunction<Optional<String>> registeredName) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        MessageRules rules = new MessageRules(registeredName);
        for (CodePage.Section section : page.sections().values()) {
            Iterable<Node> nodes;
            try {
                nodes = markdown.rendered(section.markdown()).tree().getDescendants();
            } catch (MarkdownLimits.Exceeded | StackOverflowError e) {
                continue; // MarkdownLinter reports the section
            }
            for (Node node : nodes) {
                if (node instanceof FencedCodeBlock block && HttpBlockRenderer.isHttp(block)) {
                    HttpExchange exchange = HttpExchange.parse(block.getContentChars().normalizeEOL());
                    List<HttpProblem> problems = new ArrayList<>(exchange.problems());
                    if (exchange.valid()) {
                        problems.addAll(rules.check(exchange));
                    }
                    problems.forEach(p -> diagnostics.add(at(page, section, block, p)));
                }
            }
        }
        return diagnostics;
    }

    /** The problem at its place in the file: the section's first line, the block's content line, its indent. */
    private static Diagnostic at(CodePage page, CodePage.Section section, FencedCodeBlock block, HttpProblem problem) {
        List<BasedSequence> lines = block.getContentLines();
        if (lines.isEmpty()) {
            return Diagnostic.error(page.file(), section.line() + block.getLineNumber(), 1,
                    "the http block is empty", "write a request or response in it, or remove it");
        }
        BasedSequence line = lines.get(Math.min(problem.line(), lines.size()) - 1);
        int indent = line.getStartOffset() - line.getBaseSequence().startOfLine(line.getStartOffset());
        // Content lines start on the line after the opening fence.
        int fence = section.line() + block.getLineNumber();
        return Diagnostic.error(page.file(), fence + Math.min(problem.line(), lines.size()), indent + problem.column(),
                "the http block does not parse: " + problem.message(), problem.hint());
    }
}

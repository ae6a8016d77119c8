package dev.statusdocs.cli;

import dev.statusdocs.content.TranslationState;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.content.PageFiles;
import dev.statusdocs.model.Content;
import dev.statusdocs.pipeline.Pipeline;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code statusdocs translated CODE...}: a translator says the two languages of these pages now say the same
 * thing; the pages record it, and stop warning that a translation may be out of date.
 */
@Command(name = "translated", description = "Record that both languages of the given pages are in line with each other.")
final class TranslatedCommand extends ProjectCommand {
    @Option(names = "--all", description = "Every page.")
    boolean all;

    @Parameters(paramLabel = "CODE", arity = "0..*", description = "The codes whose pages are in line.")
    List<Integer> codes = List.of();

    @Override
    public Integer call() {
        Content content = new Pipeline(root).load();
        if (DiagnosticPrinter.report(err(), content.diagnostics())) {
            return ExitCodes.INVALID_CONTENT;
        }
        List<Integer> unknown = codes.stream().filter(code -> !content.pages().containsKey(code)).toList();
        if (!all && (codes.isEmpty() || !unknown.isEmpty())) {
            throw usageError("name codes that have pages, or use --all"
                    + (unknown.isEmpty() ? "" : "; no page for " + unknown));
        }
        List<CodePage> pages = all ? List.copyOf(content.pages().values())
                : codes.stream().map(code -> content.pages().get(code)).toList();
        Map<String, String> updated = new TreeMap<>();
        for (CodePage page : pages) {
            String text = TranslationState.withState(content.pageTexts().get(page.file()), TranslationState.inLine(page));
            if (!text.equals(content.pageTexts().get(page.file()))) {
                updated.put(page.file(), text);
            }
        }
        new PageFiles(root).write(updated, List.copyOf(updated.keySet()));
        out().println("translated: " + updated.size() + " page(s) marked in line");
        return ExitCodes.OK;
    }
}

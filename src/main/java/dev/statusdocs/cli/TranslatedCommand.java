package dev.statusdocs.cli;

import dev.statusdocs.content.TranslationState;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.output.PageFiles;
import dev.statusdocs.pipeline.Content;
import dev.statusdocs.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code statusdocs translated CODE...}: a translator says the two languages of these pages now say the same
 * thing; the pages record it, and stop warning that a translation may be out of date.
 */
@Command(name = "translated", description = "Record that both languages of the given pages are in line with each other.")
final class TranslatedCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;
    @Parameters(paramLabel = "CODE", arity = "0..*", description = "Codes whose pages are now in line.")
    List<Integer> codes = new ArrayList<>();
    @Option(names = "--all", description = "Every page.")
    boolean all;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Content content = new Pipeline(project.root).load();
        if (Console.report(spec.commandLine().getErr(), content.diagnostics())) {
            return ExitCodes.INVALID_CONTENT;
        }
        List<Integer> unknown = codes.stream().filter(code -> !content.pages().containsKey(code)).toList();
        if (!all && (codes.isEmpty() || !unknown.isEmpty())) {
            spec.commandLine().getErr().println("translated: name codes that have pages, or use --all"
                    + (unknown.isEmpty() ? "" : "; no page for " + unknown));
            return ExitCodes.USAGE;
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
        new PageFiles(project.root).write(updated, List.copyOf(updated.keySet()));
        spec.commandLine().getOut().println("translated: " + updated.size() + " page(s) marked in line");
        return ExitCodes.OK;
    }
}

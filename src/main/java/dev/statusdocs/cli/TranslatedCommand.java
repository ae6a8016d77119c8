package dev.statusdocs.cli;

import dev.statusdocs.content.TranslationState;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.output.PageFiles;
import dev.statusdocs.pipeline.Content;
import dev.statusdocs.pipeline.Pipeline;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code statusdocs translated CODE...}: a translator says the two languages of these pages now say the same
 * thing; the pages record it, and stop warning that a translation may be out of date.
 */
final class TranslatedCommand extends Subcommand {
    private static final OptionSpec ALL = OptionSpec.flag("--all", "Every page.");

    TranslatedCommand() {
        super("translated",
                "Record that both languages of the given pages are in line with each other.",
                List.of(ALL), "[CODE...]");
    }

    @Override
    int run(Arguments arguments, Terminal terminal) {
        List<Integer> codes = arguments.positionals().stream().map(code -> Arguments.number(code, "CODE")).toList();
        boolean all = arguments.flag(ALL.name());
        Content content = new Pipeline(arguments.root()).load();
        if (Console.report(terminal.err(), content.diagnostics())) {
            return ExitCodes.INVALID_CONTENT;
        }
        List<Integer> unknown = codes.stream().filter(code -> !content.pages().containsKey(code)).toList();
        if (!all && (codes.isEmpty() || !unknown.isEmpty())) {
            terminal.err().println("translated: name codes that have pages, or use --all"
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
        new PageFiles(arguments.root()).write(updated, List.copyOf(updated.keySet()));
        terminal.out().println("translated: " + updated.size() + " page(s) marked in line");
        return ExitCodes.OK;
    }
}

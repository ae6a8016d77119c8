package dev.statusdocs.cli;

import dev.statusdocs.output.PageFiles;
import dev.statusdocs.pipeline.Content;
import dev.statusdocs.pipeline.Pipeline;
import java.util.List;

/** {@code statusdocs merge [--check]}: creates missing pages and refreshes provenance in existing ones. */
final class MergeCommand extends Subcommand {
    private static final OptionSpec CHECK = OptionSpec.flag("--check",
            "Write nothing; exit non-zero and name the pages that merge would change.");

    MergeCommand() {
        super("merge",
                "Create a page for every known code and refresh source provenance in existing pages.",
                List.of(CHECK), "");
    }

    @Override
    int run(Arguments arguments, Terminal terminal) {
        arguments.expectNoPositionals();
        Pipeline pipeline = new Pipeline(arguments.root());
        Content content = pipeline.load();
        if (Console.report(terminal.err(), content.diagnostics())) {
            return ExitCodes.INVALID_CONTENT;
        }
        Pipeline.MergePlan plan = pipeline.planMerge(content);
        if (arguments.flag(CHECK.name())) {
            plan.changed().forEach(file -> terminal.err().println(file + ": out of date; run 'statusdocs merge'"));
            terminal.out().println("merge --check: " + plan.pages().size() + " pages, "
                    + plan.changed().size() + " out of date");
            return plan.changed().isEmpty() ? ExitCodes.OK : ExitCodes.STALE;
        }
        long created = plan.changed().stream().filter(f -> !content.pageTexts().containsKey(f)).count();
        new PageFiles(arguments.root()).write(plan.pages(), plan.changed());
        terminal.out().println("merge: " + plan.pages().size() + " pages, " + created + " created, "
                + (plan.changed().size() - created) + " refreshed, " + (plan.pages().size() - plan.changed().size())
                + " unchanged");
        return ExitCodes.OK;
    }
}

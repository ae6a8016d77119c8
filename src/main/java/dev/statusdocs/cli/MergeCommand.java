package dev.statusdocs.cli;

import dev.statusdocs.content.PageFiles;
import dev.statusdocs.model.Content;
import dev.statusdocs.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code statusdocs merge [--check]}: creates missing pages and refreshes provenance in existing ones. */
@Command(name = "merge",
        description = "Create a page for every known code and refresh source provenance in existing pages.")
final class MergeCommand extends ProjectCommand {
    @Option(names = "--check", description = "Write nothing; exit non-zero and name the pages that merge would change.")
    boolean checkOnly;

    @Override
    public Integer call() {
        Pipeline pipeline = new Pipeline(root);
        Content content = pipeline.load();
        if (DiagnosticPrinter.report(err(), content.diagnostics())) {
            return ExitCodes.INVALID_CONTENT;
        }
        Pipeline.MergePlan plan = pipeline.planMerge(content);
        if (checkOnly) {
            plan.changed().forEach(file -> err().println(file + ": out of date; run 'statusdocs merge'"));
            out().println("merge --check: " + plan.pages().size() + " pages, "
                    + plan.changed().size() + " out of date");
            return plan.changed().isEmpty() ? ExitCodes.OK : ExitCodes.STALE;
        }
        long created = plan.changed().stream().filter(f -> !content.pageTexts().containsKey(f)).count();
        new PageFiles(root).write(plan.pages(), plan.changed());
        out().println("merge: " + plan.pages().size() + " pages, " + created + " created, "
                + (plan.changed().size() - created) + " refreshed, " + (plan.pages().size() - plan.changed().size())
                + " unchanged");
        return ExitCodes.OK;
    }
}

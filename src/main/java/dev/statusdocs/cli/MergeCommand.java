package dev.statusdocs.cli;

import dev.statusdocs.pipeline.Content;
import dev.statusdocs.pipeline.Pipeline;
import dev.statusdocs.output.PageFiles;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code statusdocs merge [--check]}: creates missing pages and refreshes provenance in existing ones. */
@Command(name = "merge", description = "Create a page for every known code and refresh source provenance in existing pages.")
final class MergeCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;
    @Option(names = "--check", description = "Write nothing; exit non-zero and name the pages that merge would change.")
    boolean check;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Pipeline pipeline = new Pipeline(project.root);
        Content content = pipeline.load();
        if (Console.report(spec.commandLine().getErr(), content.diagnostics())) {
            return ExitCodes.INVALID_CONTENT;
        }
        Pipeline.MergePlan plan = pipeline.planMerge(content);
        if (check) {
            plan.changed().forEach(file -> spec.commandLine().getErr().println(file + ": out of date; run 'statusdocs merge'"));
            spec.commandLine().getOut().println("merge --check: " + plan.pages().size() + " pages, "
                    + plan.changed().size() + " out of date");
            return plan.changed().isEmpty() ? ExitCodes.OK : ExitCodes.STALE;
        }
        long created = plan.changed().stream().filter(f -> !content.pageTexts().containsKey(f)).count();
        new PageFiles(project.root).write(plan.pages(), plan.changed());
        spec.commandLine().getOut().println("merge: " + plan.pages().size() + " pages, " + created + " created, "
                + (plan.changed().size() - created) + " refreshed, " + (plan.pages().size() - plan.changed().size())
                + " unchanged");
        return ExitCodes.OK;
    }
}

package dev.statusdocs.cli;

import dev.statusdocs.pipeline.Pipeline;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code statusdocs check}: validates all content and writes nothing. */
@Command(name = "check", description = "Validate sources, registry and pages without writing anything.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Pipeline pipeline = new Pipeline(project.root);
        Pipeline.Checked checked = pipeline.check(pipeline.load());
        boolean failed = Console.report(spec.commandLine().getErr(), checked.diagnostics());
        if (!failed) {
            spec.commandLine().getOut().println("check: " + checked.content().pages().size() + " pages, "
                    + checked.content().claims().size() + " claims, no errors");
        }
        return failed ? ExitCodes.INVALID_CONTENT : ExitCodes.OK;
    }
}

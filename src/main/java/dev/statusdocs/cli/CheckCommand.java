package dev.statusdocs.cli;

import dev.statusdocs.pipeline.Pipeline;
import picocli.CommandLine.Command;

/** {@code statusdocs check}: validates all content and writes nothing. */
@Command(name = "check", description = "Validate sources, registry and pages without writing anything.")
final class CheckCommand extends ProjectCommand {
    @Override
    public Integer call() {
        Pipeline pipeline = new Pipeline(root);
        Pipeline.Checked checked = pipeline.check(pipeline.load());
        SourceCounts.print(out(), checked.content().specs(), checked.content().claims());
        out().println(checked.citations().summary());
        boolean failed = DiagnosticPrinter.report(err(), checked.diagnostics());
        if (!failed) {
            out().println("check: " + checked.content().pages().size() + " pages, "
                    + checked.content().claims().size() + " claims, no errors");
        }
        return failed ? ExitCodes.INVALID_CONTENT : ExitCodes.OK;
    }
}

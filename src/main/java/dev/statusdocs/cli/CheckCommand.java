package dev.statusdocs.cli;

import dev.statusdocs.pipeline.Pipeline;
import java.util.List;

/** {@code statusdocs check}: validates all content and writes nothing. */
final class CheckCommand extends Subcommand {
    CheckCommand() {
        super("check", "Validate sources, registry and pages without writing anything.", List.of(), "");
    }

    @Override
    int run(Arguments arguments, Terminal terminal) {
        arguments.expectNoPositionals();
        Pipeline pipeline = new Pipeline(arguments.root());
        Pipeline.Checked checked = pipeline.check(pipeline.load());
        boolean failed = Console.report(terminal.err(), checked.diagnostics());
        if (!failed) {
            terminal.out().println("check: " + checked.content().pages().size() + " pages, "
                    + checked.content().claims().size() + " claims, no errors");
        }
        return failed ? ExitCodes.INVALID_CONTENT : ExitCodes.OK;
    }
}

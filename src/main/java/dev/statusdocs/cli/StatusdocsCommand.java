package dev.statusdocs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code statusdocs} itself: names the subcommands; run without one, it prints the overview and fails. */
@Command(name = "statusdocs", mixinStandardHelpOptions = true, version = "statusdocs 0.1.0",
        description = "Builds the bilingual HTTP status code reference from its sources and canonical pages.",
        footer = "%nRun 'statusdocs COMMAND --help' for a command's options.",
        subcommands = {MergeCommand.class, BuildCommand.class, CheckCommand.class, NewCommand.class,
                TranslatedCommand.class, ServeCommand.class})
final class StatusdocsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}

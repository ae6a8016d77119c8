package dev.statusdocs.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code statusdocs} itself: names the subcommands; run without one, it prints the overview and fails. */
@Command(name = "statusdocs", mixinStandardHelpOptions = true, version = "statusdocs 0.1.0",
        description = "Builds the bilingual HTTP status code reference from its sources and canonical pages.",
        footer = "%nRun 'statusdocs COMMAND --help' for a command's options.")
final class StatusdocsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The subcommands, in the order the overview lists them. */
    static List<Callable<Integer>> subcommands() {
        return List.of(new MergeCommand(), new BuildCommand(), new CheckCommand(), new NewCommand(),
                new TranslatedCommand(), new ServeCommand(), new RegistryCommand());
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}

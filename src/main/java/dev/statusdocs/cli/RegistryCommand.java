package dev.statusdocs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statusdocs registry}: commands on the IANA registry file; without one, it prints its usage and fails. It
 * takes no {@code --root} of its own, so that the option is given where it is used: {@code registry diff --root}.
 */
@Command(name = "registry", description = "Work with the IANA registry file, content/registry.csv.",
        subcommands = RegistryDiffCommand.class)
final class RegistryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}

package dev.statusdocs.cli;

import picocli.CommandLine.Command;

/** {@code statusdocs registry}: commands on the IANA registry file; without one, it prints its usage and fails. */
@Command(name = "registry", description = "Work with the IANA registry file, content/registry.csv.",
        subcommands = RegistryDiffCommand.class)
final class RegistryCommand extends ProjectCommand {
    @Override
    public Integer call() {
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }
}

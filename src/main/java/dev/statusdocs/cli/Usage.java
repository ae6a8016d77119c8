package dev.statusdocs.cli;

import java.util.List;

/** The help texts: the overview of every subcommand, and one subcommand's options. */
final class Usage {
    private Usage() {
    }

    static String overview(List<Subcommand> commands) {
        StringBuilder text = new StringBuilder()
                .append("Usage: statusdocs COMMAND [OPTIONS]\n")
                .append("Builds the bilingual HTTP status code reference from its sources and canonical pages.\n\n")
                .append("Commands:\n");
        for (Subcommand command : commands) {
            text.append(String.format("  %-14s %s%n", command.name(), command.description()));
        }
        return text.append("\nOptions:\n")
                .append(String.format("  %-14s %s%n", "-h, --help", "Show this help and exit."))
                .append(String.format("  %-14s %s%n", "-V, --version", "Print the version and exit."))
                .append("\nRun 'statusdocs COMMAND --help' for a command's options.\n")
                .toString();
    }

    static String of(Subcommand command) {
        StringBuilder text = new StringBuilder("Usage: statusdocs ").append(command.name()).append(" [OPTIONS]");
        if (!command.parameters().isEmpty()) {
            text.append(' ').append(command.parameters());
        }
        text.append('\n').append(command.description()).append("\n\nOptions:\n");
        for (OptionSpec option : Arguments.options(command)) {
            String name = option.takesValue() ? option.name() + " " + option.valueLabel() : option.name();
            text.append(String.format("  %-16s %s%n", name, option.description()));
        }
        return text.toString();
    }
}

package dev.statusdocs.cli;

import dev.statusdocs.text.EditDistance;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Entry point: {@code statusdocs COMMAND [OPTIONS]}. The command line is parsed here rather than by a library:
 * the one we used first cost every build about 150 ms of start-up, a tenth of it.
 */
public final class Main {
    static final String VERSION = "statusdocs 0.1.0";
    private static final List<Subcommand> COMMANDS = List.of(new MergeCommand(), new BuildCommand(),
            new CheckCommand(), new NewCommand(), new TranslatedCommand(), new ServeCommand());

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        Terminal terminal = new Terminal(
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        try {
            return dispatch(Arrays.asList(args), terminal);
        } finally {
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    private static int dispatch(List<String> args, Terminal terminal) {
        if (args.isEmpty()) {
            terminal.err().print(Usage.overview(COMMANDS));
            return ExitCodes.USAGE;
        }
        String first = args.get(0);
        if (first.equals("--help") || first.equals("-h")) {
            terminal.out().print(Usage.overview(COMMANDS));
            return ExitCodes.OK;
        }
        if (first.equals("--version") || first.equals("-V")) {
            terminal.out().println(VERSION);
            return ExitCodes.OK;
        }
        Optional<Subcommand> command = COMMANDS.stream().filter(c -> c.name().equals(first)).findFirst();
        if (command.isEmpty()) {
            terminal.err().println("statusdocs: unknown command '" + first + "'" + suggestion(first));
            terminal.err().println("Run 'statusdocs --help' for the list of commands.");
            return ExitCodes.USAGE;
        }
        return execute(command.get(), args.subList(1, args.size()), terminal);
    }

    private static int execute(Subcommand command, List<String> args, Terminal terminal) {
        try {
            Arguments arguments = Arguments.parse(command, args);
            if (arguments.flag(Arguments.HELP.name())) {
                terminal.out().print(Usage.of(command));
                return ExitCodes.OK;
            }
            return command.run(arguments, terminal);
        } catch (UsageException e) {
            terminal.err().println("statusdocs " + command.name() + ": " + e.getMessage());
            terminal.err().println("Run 'statusdocs " + command.name() + " --help' for its options.");
            return ExitCodes.USAGE;
        } catch (UncheckedIOException e) {
            terminal.err().println("statusdocs: " + e.getMessage() + ": " + e.getCause().getMessage());
            return ExitCodes.IO_ERROR;
        } catch (Exception e) {
            // Bad input is reported as diagnostics; anything thrown here is a bug in statusdocs itself.
            terminal.err().println("statusdocs: internal error, please report it with this trace:");
            e.printStackTrace(terminal.err());
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    private static String suggestion(String typed) {
        return COMMANDS.stream().map(Subcommand::name)
                .filter(name -> EditDistance.between(name, typed) <= 2)
                .min(Comparator.comparingInt(name -> EditDistance.between(name, typed)))
                .map(name -> "; did you mean '" + name + "'?")
                .orElse("");
    }
}

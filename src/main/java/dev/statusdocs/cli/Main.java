package dev.statusdocs.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point: {@code statusdocs COMMAND [OPTIONS]}, parsed by picocli; each subcommand is a class of its own. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return execute(commandLine(out, err, args), args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs the command line; a JVM that runs out of stack or memory says so in a line, not a thousand-line trace. */
    static int execute(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            commandLine.getErr().println("statusdocs: internal error: ran out of "
                    + (e instanceof StackOverflowError ? "stack" : "memory")
                    + "; the input is larger or deeper than statusdocs can handle; please report it");
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    /**
     * The command line for these arguments. When the first one names a subcommand, picocli models only that one:
     * building the model of every subcommand is most of picocli's start-up. Help and mistakes get them all.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new StatusdocsCommand());
        List<Callable<Integer>> subcommands = StatusdocsCommand.subcommands();
        boolean named = args.length > 0 && subcommands.stream().anyMatch(command -> nameOf(command).equals(args[0]));
        subcommands.stream().filter(command -> !named || nameOf(command).equals(args[0]))
                .forEach(line::addSubcommand);
        return line
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, commandLine.getErr()));
    }

    private static String nameOf(Callable<Integer> command) {
        return command.getClass().getAnnotation(Command.class).name();
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandName() + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        boolean top = command.getParent() == null;
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for "
                + (top ? "the list of commands." : "its options."));
        return ExitCodes.USAGE;
    }

    private static int failure(Exception e, PrintWriter err) {
        if (e instanceof UncheckedIOException io) {
            err.println("statusdocs: " + io.getMessage() + ": " + io.getCause().getMessage());
            return ExitCodes.IO_ERROR;
        }
        // Bad input is reported as diagnostics; anything thrown here is a bug in statusdocs itself.
        err.println("statusdocs: internal error, please report it with this trace:");
        e.printStackTrace(err);
        return ExitCodes.INTERNAL_ERROR;
    }
}

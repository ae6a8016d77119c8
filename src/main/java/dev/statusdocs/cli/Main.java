package dev.statusdocs.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
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
            return commandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return new CommandLine(new StatusdocsCommand())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, commandLine.getErr()));
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

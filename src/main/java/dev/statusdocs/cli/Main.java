package dev.statusdocs.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code statusdocs <merge|build|check> [options]}. */
@Command(name = "statusdocs", mixinStandardHelpOptions = true, version = "statusdocs 0.1.0",
        description = "Builds the bilingual HTTP status code reference from its sources and canonical pages.",
        subcommands = {MergeCommand.class, BuildCommand.class, CheckCommand.class, NewCommand.class,
                TranslatedCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
                .setExitCodeExceptionMapper(e -> e instanceof UncheckedIOException ? ExitCodes.IO_ERROR : ExitCodes.USAGE)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof UncheckedIOException) {
                        cmd.getErr().println("statusdocs: " + e.getMessage() + ": " + e.getCause().getMessage());
                        return ExitCodes.IO_ERROR;
                    }
                    // Bad input is reported as diagnostics; anything thrown here is a bug in statusdocs itself.
                    cmd.getErr().println("statusdocs: internal error, please report it with this trace:");
                    e.printStackTrace(cmd.getErr());
                    return ExitCodes.INTERNAL_ERROR;
                });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}

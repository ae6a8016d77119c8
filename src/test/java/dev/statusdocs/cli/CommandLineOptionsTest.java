package dev.statusdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What the command line answers to mistakes and to requests for help, and with which exit code. */
class CommandLineOptionsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void noCommandPrintsTheOverviewAndFails() {
        assertEquals(ExitCodes.USAGE, run());
        for (String command : new String[] {"merge", "build", "check", "new", "translated", "serve"}) {
            assertTrue(err.toString().contains(command), command + " missing from:\n" + err);
        }
    }

    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheRightOne() {
        assertEquals(ExitCodes.USAGE, run("biuld"));
        assertTrue(err.toString().contains("biuld"), err.toString());
        assertTrue(err.toString().contains("build"), err.toString());
    }

    @Test
    void aMistypedOptionIsAUsageErrorNamingIt() {
        assertEquals(ExitCodes.USAGE, run("build", "--strikt"));
        assertTrue(err.toString().contains("--strikt"), err.toString());
        assertTrue(err.toString().contains("statusdocs build --help"), err.toString());
    }

    @Test
    void optionsThatNeedAValueOrANumberSaySo() {
        assertEquals(ExitCodes.USAGE, run("build", "--out"));
        assertTrue(err.toString().contains("--out"), err.toString());
        assertEquals(ExitCodes.USAGE, run("serve", "--port", "eighty"));
        assertTrue(err.toString().contains("eighty"), err.toString());
        assertEquals(ExitCodes.USAGE, run("serve", "--port", "70000"));
        assertTrue(err.toString().contains("not a port number"), err.toString());
    }

    @Test
    void unexpectedArgumentsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, run("check", "extra"));
        assertEquals(ExitCodes.USAGE, run("new"));
        assertEquals(ExitCodes.USAGE, run("new", "42"));
        assertTrue(err.toString().contains("42 is not a three-digit status code"), err.toString());
    }

    @Test
    void helpListsEveryOptionAndSucceeds() {
        assertEquals(ExitCodes.OK, run("build", "--help"));
        for (String option : new String[] {"--strict", "--timings", "--out", "--root", "--help"}) {
            assertTrue(out.toString().contains(option), option + " missing from:\n" + out);
        }
        assertEquals(ExitCodes.OK, run("serve", "-h"));
        assertTrue(out.toString().contains("default: 8000"), out.toString());
    }

    @Test
    void versionPrintsTheVersion() {
        assertEquals(ExitCodes.OK, run("--version"));
        assertTrue(out.toString().startsWith("statusdocs "), out.toString());
    }

    @Test
    void aDoubleDashEndsTheOptions() {
        assertEquals(ExitCodes.USAGE, run("translated", "--", "--all"));
        assertTrue(err.toString().contains("--all"), err.toString());
    }

    @Command(name = "deep")
    static final class DeepCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new StackOverflowError();
        }
    }

    @Test
    void runningOutOfStackIsOneLineAndTheInternalErrorCode() {
        CommandLine commandLine = new CommandLine(new DeepCommand())
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        assertEquals(ExitCodes.INTERNAL_ERROR, Main.execute(commandLine));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("ran out of stack"), err.toString());
    }
}

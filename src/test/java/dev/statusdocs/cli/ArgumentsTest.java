package dev.statusdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    private final Subcommand build = new BuildCommand();

    @Test
    void optionsTakeTheirValueFromTheNextArgumentOrAfterAnEqualsSign() {
        Arguments parsed = Arguments.parse(build, List.of("--strict", "--root", "project", "--out=site-copy"));
        assertTrue(parsed.flag("--strict"));
        assertFalse(parsed.flag("--timings"));
        assertEquals(Path.of("project"), parsed.root());
        assertEquals(Path.of("site-copy"), parsed.path("--out"));
    }

    @Test
    void theProjectIsTheCurrentFolderUnlessGiven() {
        assertEquals(Path.of("."), Arguments.parse(build, List.of()).root());
    }

    @Test
    void aDoubleDashEndsTheOptions() {
        Arguments parsed = Arguments.parse(new TranslatedCommand(), List.of("200", "--", "--all"));
        assertEquals(List.of("200", "--all"), parsed.positionals());
        assertFalse(parsed.flag("--all"));
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhatIsWrong() {
        assertEquals("unknown option '--strikt'",
                assertThrows(UsageException.class, () -> Arguments.parse(build, List.of("--strikt"))).getMessage());
        assertEquals("option '--out' needs a value: --out DIR",
                assertThrows(UsageException.class, () -> Arguments.parse(build, List.of("--out"))).getMessage());
        assertEquals("option '--strict' takes no value",
                assertThrows(UsageException.class, () -> Arguments.parse(build, List.of("--strict=yes"))).getMessage());
        Arguments port = Arguments.parse(new ServeCommand(), List.of("--port", "eighty"));
        assertEquals("option '--port': 'eighty' is not a whole number",
                assertThrows(UsageException.class, () -> port.integer("--port", 8000)).getMessage());
        assertThrows(UsageException.class, () -> Arguments.parse(build, List.of("extra")).expectNoPositionals());
    }

    @Test
    void theCommandLineExitsWithTheUsageCodeForMistakesAndZeroForHelp() {
        assertEquals(ExitCodes.USAGE, Main.run());
        assertEquals(ExitCodes.USAGE, Main.run("biuld"));
        assertEquals(ExitCodes.USAGE, Main.run("build", "--strikt"));
        assertEquals(ExitCodes.OK, Main.run("build", "--help"));
        assertEquals(ExitCodes.OK, Main.run("--version"));
    }
}

package dev.statusdocs.cli;

/** Lets tests in other packages run the command line. */
public final class MainForTests {
    private MainForTests() {
    }

    public static int run(String... args) {
        return Main.run(args);
    }
}

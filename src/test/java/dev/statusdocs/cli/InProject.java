package dev.statusdocs.cli;

import java.nio.file.Path;
import java.util.Arrays;

/** Runs the command line on a project folder, as {@code statusdocs ARGS --root DIR}. */
final class InProject {
    private InProject() {
    }

    static int run(Path dir, String... args) {
        String[] withRoot = Arrays.copyOf(args, args.length + 2);
        withRoot[args.length] = "--root";
        withRoot[args.length + 1] = dir.toString();
        return Main.run(withRoot);
    }
}

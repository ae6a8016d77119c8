package dev.statusdocs.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --root} option every subcommand shares. */
final class ProjectOption {
    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "The project folder holding content/ and templates/ (default: the current folder).")
    Path root;
}

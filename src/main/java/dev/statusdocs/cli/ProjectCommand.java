package dev.statusdocs.cli;

import dev.statusdocs.output.OutputRefusedException;
import dev.statusdocs.output.SiteWriter;
import dev.statusdocs.render.SiteConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the project folder, help, and where to print. */
abstract class ProjectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "The project folder holding content/ and templates/ (default: the current folder).")
    Path root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Refuses an output folder that may not be written, as a usage error; holds it until closed. */
    final SiteWriter claimOutput(Path site) {
        try {
            return SiteWriter.open(site, root);
        } catch (OutputRefusedException e) {
            throw usageError(e.getMessage());
        }
    }

    /** A command line that parsed but makes no sense: reported like a parsing mistake, with the usage exit code. */
    /** A {@code --base-url} that pages could not link to is a usage error. */
    final void checkBaseUrl(String baseUrl) {
        if (baseUrl != null) {
            SiteConfig.baseUrlProblem(baseUrl).ifPresent(problem -> {
                throw usageError("option '--base-url': " + problem);
            });
        }
    }

    final ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

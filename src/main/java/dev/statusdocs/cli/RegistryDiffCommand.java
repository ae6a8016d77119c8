package dev.statusdocs.cli;

import dev.statusdocs.files.ProjectFiles;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.registry.IanaCsv;
import dev.statusdocs.registry.RegistryDiff;
import dev.statusdocs.registry.RegistryReader;
import dev.statusdocs.text.Utf8;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code statusdocs registry diff FILE}: what a newer IANA file changes in {@code content/registry.csv}, one line per
 * change. Exits 3, like a stale {@code merge --check}, when the files differ.
 */
@Command(name = "diff", description = {"Compare a newer IANA CSV file with content/registry.csv: codes added, removed,"
        + " renamed (Description changed) and re-referenced (Reference changed), one line each, in code order.",
        "Exits 0 when they agree, 3 when they differ, 1 when either file is malformed."})
final class RegistryDiffCommand extends ProjectCommand {
    @Parameters(paramLabel = "FILE", description = "The registry as downloaded from IANA, "
            + "https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw usageError("no such file: " + file);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<IanaCsv.Result> ours = ours(diagnostics);
        Optional<IanaCsv.Result> theirs = read(file.toString(), Utf8.decode(file.toString(), bytes(file)), diagnostics);
        if (DiagnosticPrinter.report(err(), diagnostics) || ours.isEmpty() || theirs.isEmpty()) {
            return ExitCodes.INVALID_CONTENT;
        }
        List<RegistryDiff.Change> changes = RegistryDiff.between(ours.get().rows(), theirs.get().rows());
        changes.forEach(change -> out().println(change.line()));
        if (changes.isEmpty()) {
            out().println("registry diff: " + RegistryReader.FILE + " and " + file + " list the same codes, names and"
                    + " references");
            return ExitCodes.OK;
        }
        out().println("registry diff: " + RegistryDiff.counts(changes) + " in " + file + " against "
                + RegistryReader.FILE);
        return ExitCodes.STALE;
    }

    /** The rows of one file; its problems, or a file that cannot be decoded, go to {@code diagnostics}. */
    private Optional<IanaCsv.Result> ours(List<Diagnostic> diagnostics) {
        return new ProjectFiles(root).readRequired(RegistryReader.FILE, "the IANA registry file is missing", diagnostics)
                .flatMap(decoded -> read(RegistryReader.FILE, decoded, diagnostics));
    }

    private static Optional<IanaCsv.Result> read(String name, Utf8.Decoded decoded, List<Diagnostic> diagnostics) {
        decoded.problem().ifPresent(diagnostics::add);
        return decoded.text().map(text -> {
            IanaCsv.Result result = IanaCsv.parse(name, text);
            diagnostics.addAll(result.diagnostics());
            return result;
        }).filter(result -> result.diagnostics().isEmpty());
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

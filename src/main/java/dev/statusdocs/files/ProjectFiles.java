package dev.statusdocs.files;

import dev.statusdocs.text.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** The files of one project, named by paths relative to its root. */
public final class ProjectFiles {
    private final Path root;

    public ProjectFiles(Path root) {
        this.root = root;
    }

    /** Why a named file cannot be read; the caller decides where the problem is reported. */
    public record Refusal(String message, String hint) {
    }

    /** Why {@code relative} cannot be read as one of the project's files, or empty when it can. */
    public Optional<Refusal> refusal(String relative) {
        Path path;
        try {
            path = root.resolve(relative);
        } catch (InvalidPathException e) {
            return Optional.of(new Refusal("'" + printable(relative) + "' is not a usable file name (" + e.getReason() + ")",
                    "name the file by its path from the project root, such as content/sources/list.txt"));
        }
        if (!Files.exists(path)) {
            return Optional.of(new Refusal("'" + relative + "' does not exist",
                    "check the spelling; paths start at the project root, such as content/sources/list.txt"));
        }
        return Optional.empty();
    }

    /** The text of a file that {@link #refusal} accepts, or a diagnostic at its first byte that is not UTF-8. */
    public Utf8.Decoded read(String relative) {
        Path path = root.resolve(relative);
        try (InputStream in = Files.newInputStream(path)) {
            return Utf8.decode(relative, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative, e);
        }
    }

    /** The name with control characters, which a terminal would act on or hide, written as escapes. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}

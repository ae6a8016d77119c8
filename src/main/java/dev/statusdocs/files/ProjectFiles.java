package dev.statusdocs.files;

import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.text.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * The files of one project, named by paths relative to its root. Only regular files inside the project are read:
 * no absolute paths, no way out through {@code ..} or a linked folder, and no symbolic links, pipes or devices.
 * A link is refused even when it stays inside: Git on Windows checks links out as small text files, GitHub's
 * "Edit" would edit the link, and the manifest can name the file the link points at.
 */
public final class ProjectFiles {
    private static final String PATH_HINT = "name the file by its path from the project root, such as content/sources/list.txt";

    private final Path root;

    public ProjectFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Why a named file cannot be read; the caller decides where the problem is reported. */
    public record Refusal(String message, String hint) {
    }

    /** Why {@code relative} cannot be read as one of the project's files, or empty when it can. */
    public Optional<Refusal> refusal(String relative) {
        String shown = "'" + printable(relative) + "'";
        Path path;
        try {
            path = Path.of(relative);
        } catch (InvalidPathException e) {
            return refuse(shown + " is not a usable file name (" + e.getReason() + ")", PATH_HINT);
        }
        if (relative.isBlank()) {
            return refuse("the file name is empty", PATH_HINT);
        }
        if (path.isAbsolute()) {
            return refuse(shown + " is an absolute path; only files inside the project are read", PATH_HINT);
        }
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root)) {
            return refuse(shown + " points outside the project", PATH_HINT);
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(resolved, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return refuse(shown + " does not exist",
                    "check the spelling; paths start at the project root, such as content/sources/list.txt");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot inspect " + relative, e);
        }
        if (attributes.isSymbolicLink()) {
            return refuse(shown + " is a symbolic link; statusdocs reads no links",
                    "put the file itself in its place: a link reads differently on other checkouts "
                            + "(Git on Windows stores it as text) and may lead outside the project");
        }
        if (attributes.isDirectory()) {
            return refuse(shown + " is a folder, not a file", PATH_HINT);
        }
        if (!attributes.isRegularFile()) {
            return refuse(shown + " is not a regular file (a pipe, socket or device)",
                    "only ordinary files are read; replace it with one or remove it");
        }
        if (!realPath(resolved).startsWith(realPath(root))) {
            return refuse(shown + " lies outside the project, through a linked folder",
                    "put the folder itself in the project instead of a link to it");
        }
        return Optional.empty();
    }

    /** Whether nothing at all stands at {@code relative}, not even a link. */
    public boolean isMissing(String relative) {
        return Files.notExists(root.resolve(relative), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The text of a file that {@link #refusal} accepts, or a diagnostic at its first byte that is not UTF-8. A byte
     * order mark is dropped, as the YAML reader and the source parsers drop it: some editors write one.
     */
    public Utf8.Decoded read(String relative) {
        // NOFOLLOW_LINKS again: a link put in place after the check is refused by the operating system.
        try (InputStream in = Files.newInputStream(root.resolve(relative), LinkOption.NOFOLLOW_LINKS)) {
            Utf8.Decoded decoded = Utf8.decode(relative, in.readAllBytes());
            return new Utf8.Decoded(decoded.text().map(ProjectFiles::withoutByteOrderMark), decoded.problem());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative, e);
        }
    }

    /**
     * A file the project needs, decoded: empty, with a diagnostic at its first line, when it is missing or refused.
     * A byte that is not UTF-8 stays the decoded text's problem, for the caller to report.
     *
     * @param whenMissing what the diagnostic says when nothing stands at {@code relative}
     */
    public Optional<Utf8.Decoded> readRequired(String relative, String whenMissing, List<Diagnostic> diagnostics) {
        Optional<Refusal> refused = refusal(relative);
        if (refused.isPresent()) {
            diagnostics.add(isMissing(relative) ? Diagnostic.error(relative, 1, 1, whenMissing)
                    : Diagnostic.error(relative, 1, 1, refused.get().message(), refused.get().hint()));
            return Optional.empty();
        }
        return Optional.of(read(relative));
    }

    /**
     * The text of an optional file: empty when nothing stands at {@code relative}, and empty with a diagnostic when
     * the file is refused or is not UTF-8.
     */
    public Optional<String> readIfPresent(String relative, List<Diagnostic> diagnostics) {
        if (isMissing(relative)) {
            return Optional.empty();
        }
        Optional<Refusal> refused = refusal(relative);
        if (refused.isPresent()) {
            diagnostics.add(Diagnostic.error(relative, 1, 1, refused.get().message(), refused.get().hint()));
            return Optional.empty();
        }
        Utf8.Decoded text = read(relative);
        text.problem().ifPresent(diagnostics::add);
        return text.text();
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + path, e);
        }
    }

    private static Optional<Refusal> refuse(String message, String hint) {
        return Optional.of(new Refusal(message, hint));
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

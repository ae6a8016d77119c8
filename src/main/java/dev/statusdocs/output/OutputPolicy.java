package dev.statusdocs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a build may write to an output path, touching nothing: only a path that is missing, an empty
 * folder, or a link statusdocs made into its own build folders. The project itself, any folder holding it and
 * the file system's root are refused outright.
 */
final class OutputPolicy {
    private static final String ADVICE = "statusdocs writes only to a folder that is missing, empty, or a site it built"
            + " before; choose another folder with --out, or move or delete this one yourself"
            + " (a site that an older statusdocs built into a plain folder is not recognized: delete it, and the"
            + " .site.old beside it)";

    private OutputPolicy() {
    }

    /** @throws OutputRefusedException when the output path may not be written */
    static OutputLayout check(Path out, Path project) {
        Path where = realFolders(out.toAbsolutePath().normalize());
        if (where.getParent() == null || where.getFileName() == null) {
            throw new OutputRefusedException(where + " is the root of the file system; it cannot be the output folder");
        }
        Path root = realPath(project.toAbsolutePath().normalize());
        if (root.startsWith(where)) {
            throw new OutputRefusedException(where + (root.equals(where) ? " is the project folder" : " holds the project")
                    + "; building there would put the project's own files aside. Choose a folder of its own, such as "
                    + root.resolve("site"));
        }
        OutputLayout layout = new OutputLayout(where);
        checkHome(layout);
        checkOut(layout);
        return layout;
    }

    private static void checkHome(OutputLayout layout) {
        Path home = layout.home();
        if (Files.exists(home, LinkOption.NOFOLLOW_LINKS) && !layout.homeIsOurs() && !isEmptyFolder(home)) {
            throw new OutputRefusedException(home + " already exists and statusdocs did not make it (it has no "
                    + OutputLayout.MARKER + " file); statusdocs keeps its builds there, beside " + layout.out()
                    + ". Nothing was changed. Move or delete " + home + " yourself, or choose another folder with --out");
        }
    }

    private static void checkOut(OutputLayout layout) {
        Path out = layout.out();
        if (Files.isSymbolicLink(out)) {
            if (layout.currentSlot().isEmpty() || !layout.homeIsOurs()) {
                throw new OutputRefusedException(out + " is a link that statusdocs did not make. Nothing was changed. "
                        + ADVICE);
            }
        } else if (Files.isDirectory(out)) {
            firstEntry(out).ifPresent(entry -> {
                throw new OutputRefusedException(out + " is not empty (it holds " + entry.getFileName()
                        + ") and statusdocs did not make it. Nothing was changed. " + ADVICE);
            });
        } else if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException(out + " is a file, not a folder. Nothing was changed. " + ADVICE);
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && firstEntry(folder).isEmpty();
    }

    private static Optional<Path> firstEntry(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return realFolders(folder);
        }
    }

    /**
     * The path with every folder above it replaced by its real path (links resolved), and the last name kept as
     * it is: that name may be our own link, which must not be resolved.
     */
    static Path realFolders(Path path) {
        Path parent = path.getParent();
        if (parent == null || path.getFileName() == null) {
            return path;
        }
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(parent)).resolve(path.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + existing, e);
        }
    }
}

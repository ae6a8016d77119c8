package dev.statusdocs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;

/**
 * Writes whole sites to one output path, which this writer holds (locked) from {@link #open} to {@link #close}.
 *
 * <p>The output path is a symbolic link to one of two build folders beside it ({@link OutputLayout}). A build
 * fills the other folder, then renames a new link over the output path: one rename, so at every instant the path
 * shows either the old complete site or the new one, and a failed or killed build leaves the old one as it was.
 */
public final class SiteWriter implements AutoCloseable {
    private static final String MARKER_TEXT = """
            This folder holds the sites statusdocs built. The output folder beside it is a link to a or b here;
            each build fills the other one and then moves the link. Delete this folder together with that link.
            """;

    private final OutputLayout layout;
    private final OutputLock lock;

    private SiteWriter(OutputLayout layout, OutputLock lock) {
        this.layout = layout;
        this.lock = lock;
    }

    /**
     * Checks that {@code out} may be written (see {@link OutputPolicy}) before touching anything, then marks the
     * build folders as ours and takes the lock.
     *
     * @throws OutputRefusedException when {@code out} is the project, holds it, or holds files we did not make
     * @throws UncheckedIOException   when another build holds the folder, or the lock cannot be taken
     */
    public static SiteWriter open(Path out, Path project) {
        OutputLayout layout = OutputPolicy.check(out, project);
        try {
            Files.createDirectories(layout.home());
            if (!Files.exists(layout.marker(), LinkOption.NOFOLLOW_LINKS)) {
                Files.writeString(layout.marker(), MARKER_TEXT, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + layout.home(), WriteFailure.explain(e, layout));
        }
        OutputLock lock = OutputLock.take(layout.lock(), layout.out());
        try {
            // Checked again under the lock: another build may have changed the folder in between.
            OutputPolicy.check(out, project);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        return new SiteWriter(layout, lock);
    }

    /** The output path: where the site is read from. */
    public Path site() {
        return layout.out();
    }

    public void write(SortedMap<String, byte[]> files) {
        String next = layout.nextSlot();
        Path staging = layout.slot(next);
        Set<Path> targets = new HashSet<>();
        Set<Path> folders = new HashSet<>();
        for (String path : files.keySet()) {
            Path target = staging.resolve(path).normalize();
            if (!target.startsWith(staging) || target.equals(staging)) {
                throw new IllegalArgumentException("output path leaves the site folder: " + path);
            }
            targets.add(target);
            for (Path folder = target.getParent(); !folder.equals(staging); folder = folder.getParent()) {
                folders.add(folder);
            }
        }
        try {
            Staging.fill(staging, targets, folders, files);
            swapTo(next);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + layout.out(), WriteFailure.explain(e, layout));
        }
    }

    private void swapTo(String slot) throws IOException {
        Path link = layout.nextLink();
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, layout.linkTarget(slot));
        Path out = layout.out();
        if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            // Empty, as OutputPolicy checked; a link cannot be renamed over a folder.
            Files.delete(out);
        }
        Files.move(link, out, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        lock.close();
    }
}

package dev.statusdocs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Writes a whole site into a staging folder beside the target, then swaps it in. If anything fails before
 * the swap, the last good site stays as it was.
 *
 * <p>The site that a build replaces is kept beside the new one ({@code .site.old}) and becomes the next build's
 * staging folder: its files are overwritten in place and the ones the new site lacks are deleted. On ext4,
 * deleting a thousand files and creating a thousand new ones right after cost about ten times the kernel time
 * of overwriting them, because the file system searches past the inodes it has just freed.
 */
public final class SiteWriter {

    public void write(Path site, SortedMap<String, byte[]> files) {
        Path parent = site.toAbsolutePath().normalize().getParent();
        Path staging = parent.resolve("." + site.getFileName() + ".new");
        Path previous = parent.resolve("." + site.getFileName() + ".old");
        try {
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
            reuseAsStaging(previous, staging);
            removeAllBut(staging, targets, folders);
            Files.createDirectories(staging);
            for (Path folder : folders) {
                Files.createDirectories(folder);
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(staging.resolve(file.getKey()), file.getValue());
            }
            if (Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(site, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            try {
                deleteTree(staging);
                if (!Files.exists(site) && Files.exists(previous)) {
                    Files.move(previous, site, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException cleanup) {
                cause.addSuppressed(cleanup);
            }
            throw new UncheckedIOException("cannot write the site to " + site, cause);
        }
    }

    /**
     * Makes the previous build's folder the staging folder. A staging folder left by a build that was killed
     * before its swap serves as well; anything that is not a plain folder is deleted, so a link planted there
     * cannot send the site's files elsewhere.
     */
    private static void reuseAsStaging(Path previous, Path staging) throws IOException {
        if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(previous);
            return;
        }
        deleteTree(staging);
        if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(previous, staging, StandardCopyOption.ATOMIC_MOVE);
        } else {
            deleteTree(previous);
        }
    }

    /** Deletes from {@code root} every file that is not a target and every folder that holds no target. */
    private static void removeAllBut(Path root, Set<Path> targets, Set<Path> folders) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(root) || folders.contains(dir)) {
                    return FileVisitResult.CONTINUE;
                }
                deleteTree(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // Links and other special files go even where a target has the same name: writing would follow them.
                if (!attrs.isRegularFile() || !targets.contains(file)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

package dev.statusdocs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.SortedMap;

/**
 * Writes a whole site into a temporary folder beside the target, then swaps it in. If anything fails before
 * the swap, the last good site stays as it was.
 */
public final class SiteWriter {

    public void write(Path site, SortedMap<String, byte[]> files) {
        Path parent = site.toAbsolutePath().normalize().getParent();
        Path staging = parent.resolve("." + site.getFileName() + ".new");
        Path previous = parent.resolve("." + site.getFileName() + ".old");
        try {
            deleteTree(staging);
            deleteTree(previous);
            java.util.Set<Path> folders = new java.util.TreeSet<>();
            for (String path : files.keySet()) {
                Path target = staging.resolve(path).normalize();
                if (!target.startsWith(staging)) {
                    throw new IllegalArgumentException("output path leaves the site folder: " + path);
                }
                folders.add(target.getParent());
            }
            for (Path folder : folders) {
                Files.createDirectories(folder);
            }
            // A thousand small files: the cores take turns waiting on the file system.
            files.entrySet().parallelStream().forEach(file -> {
                try {
                    Files.write(staging.resolve(file.getKey()), file.getValue());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (Files.exists(site)) {
                Files.move(site, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(previous);
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

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
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
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

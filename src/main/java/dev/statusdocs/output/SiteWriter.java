package dev.statusdocs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
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
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = staging.resolve(file.getKey()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IllegalArgumentException("output path leaves the site folder: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            if (Files.exists(site)) {
                Files.move(site, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(previous);
        } catch (IOException e) {
            try {
                deleteTree(staging);
                if (!Files.exists(site) && Files.exists(previous)) {
                    Files.move(previous, site, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new UncheckedIOException("cannot write the site to " + site, e);
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

package dev.statusdocs.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Fills a build folder with a site. The folder usually holds the build before the last one (or what a killed
 * build left): its files are overwritten in place and the ones the new site lacks are deleted, which the file
 * system does with far less work than deleting every file and creating it again.
 */
final class Staging {
    private Staging() {
    }

    /** @param targets every file of the site, inside {@code folder}; {@code folders} every folder above them */
    static void fill(Path folder, Set<Path> targets, Set<Path> folders, SortedMap<String, byte[]> files)
            throws IOException {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            removeAllBut(folder, targets, folders);
        } else {
            deleteTree(folder);
        }
        Files.createDirectories(folder);
        for (Path sub : folders) {
            Files.createDirectories(sub);
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            write(folder.resolve(file.getKey()), file.getValue());
        }
    }

    /** A file left read-only (by a person or a tool) is ours to replace: the folder decides whether it may go. */
    private static void write(Path target, byte[] content) throws IOException {
        try {
            Files.write(target, content);
        } catch (AccessDeniedException e) {
            Files.deleteIfExists(target);
            Files.write(target, content);
        }
    }

    /**
     * Deletes from {@code root} every file that is not a target and every folder that holds no target. Links
     * and other special files go even where a target has the same name: writing would follow them.
     */
    private static void removeAllBut(Path root, Set<Path> targets, Set<Path> folders) throws IOException {
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

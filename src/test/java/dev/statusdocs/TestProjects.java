package dev.statusdocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Copies a fixture project into a temporary folder, with the real templates and site settings. */
public final class TestProjects {
    private TestProjects() {
    }

    public static Path copy(String name, Path target) {
        copyTree(Path.of("src/test/resources/projects", name), target);
        if (!Files.exists(target.resolve("templates"))) {
            copyTree(Path.of("templates"), target.resolve("templates"));
        }
        if (!Files.exists(target.resolve("content/site.yaml"))) {
            copyTree(Path.of("content/site.yaml"), target.resolve("content/site.yaml"));
        }
        return target;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path destination = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder with its bytes, keyed by relative path. */
    public static SortedMap<String, byte[]> snapshot(Path folder) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        // A built site is a link to its build folder.
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

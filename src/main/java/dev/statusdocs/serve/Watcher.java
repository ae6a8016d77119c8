package dev.statusdocs.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders (and their subfolders) and hands back the project-relative paths that changed. Folders may
 * appear and vanish at any moment: one that is gone before it could be watched is skipped, since its deletion
 * is itself a change.
 */
public final class Watcher implements AutoCloseable {
    /** Editors save in bursts; changes this close together are taken as one. */
    private static final long QUIET_MILLIS = 30;

    private final Path root;
    private final List<Path> watched = new ArrayList<>();
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    public Watcher(Path root, Path... watched) {
        this.root = root.toAbsolutePath().normalize();
        try {
            this.service = FileSystems.getDefault().newWatchService();
            for (Path folder : watched) {
                this.watched.add(this.root.resolve(folder));
                register(this.root.resolve(folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
    }

    /** Blocks until something changes, then returns every path that changed in the burst. */
    public Set<String> next() throws InterruptedException {
        Set<String> changed = new TreeSet<>();
        WatchKey key = service.take();
        try {
            while (key != null) {
                collect(key, changed);
                if (!key.reset()) {
                    folders.remove(key);
                }
                key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
        return changed;
    }

    private void collect(WatchKey key, Set<String> changed) throws IOException {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Events were lost, new folders among them perhaps: watch everything again and rebuild it all.
                for (Path folder : watched) {
                    register(folder);
                    changed.add(relative(folder) + "/");
                }
            } else if (event.context() instanceof Path name && !name.toString().startsWith(".") && dir != null) {
                Path full = dir.resolve(name);
                changed.add(relative(full));
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(full)) {
                    // Files written into a new folder before it was watched raised no event of their own.
                    register(full).forEach(file -> changed.add(relative(file)));
                }
            }
        }
    }

    /** Watches a folder and the folders under it that still exist; returns the files found in them. */
    private List<Path> register(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                try {
                    folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
                    return FileVisitResult.CONTINUE;
                } catch (NoSuchFileException | NotDirectoryException gone) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!file.getFileName().toString().startsWith(".")) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                return skipIfGone(e);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                return e == null ? FileVisitResult.CONTINUE : skipIfGone(e);
            }
        });
        return found;
    }

    private static FileVisitResult skipIfGone(IOException e) throws IOException {
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return FileVisitResult.CONTINUE;
        }
        throw e;
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}

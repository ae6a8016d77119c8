package dev.statusdocs.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Watches folders (and their subfolders) and hands back the project-relative paths that changed. */
public final class Watcher implements AutoCloseable {
    /** Editors save in bursts; changes this close together are taken as one. */
    private static final long QUIET_MILLIS = 30;

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    public Watcher(Path root, Path... watched) {
        this.root = root.toAbsolutePath().normalize();
        try {
            this.service = FileSystems.getDefault().newWatchService();
            for (Path folder : watched) {
                register(this.root.resolve(folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
    }

    private void register(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path dir : tree.filter(Files::isDirectory).toList()) {
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                folders.put(key, dir);
            }
        }
    }

    /** Blocks until something changes, then returns every path that changed in the burst. */
    public Set<String> next() throws InterruptedException {
        Set<String> changed = new TreeSet<>();
        WatchKey key = service.take();
        while (key != null) {
            Path dir = folders.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.context() instanceof Path name && !name.toString().startsWith(".") && dir != null) {
                    Path full = dir.resolve(name);
                    changed.add(root.relativize(full).toString().replace('\\', '/'));
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(full)) {
                        try {
                            register(full);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            }
            key.reset();
            key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
        return changed;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}

package dev.statusdocs.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/** Writes canonical pages, each through a temporary file and a rename, so no page is ever half-written. */
public final class PageFiles {
    private final Path root;

    public PageFiles(Path root) {
        this.root = root;
    }

    public void write(Map<String, String> pages, List<String> which) {
        for (String file : which) {
            Path target = root.resolve(file);
            Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(temporary, pages.get(file), StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }
}

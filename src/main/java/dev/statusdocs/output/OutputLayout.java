package dev.statusdocs.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a site lives on disk. The output path ({@code site}) is a symbolic link to one of two build folders,
 * {@code .site.builds/a} and {@code .site.builds/b}, beside it; a build fills the folder the link does not point
 * to and then renames a new link over the old one. {@code .site.builds} also holds the marker that says
 * statusdocs made it and the lock file.
 *
 * @param out the output path, absolute, with every folder above it resolved to its real path
 */
record OutputLayout(Path out) {
    static final List<String> SLOTS = List.of("a", "b");
    static final String MARKER = "made-by-statusdocs";
    private static final String LOCK = "lock";
    private static final String NEXT_LINK = "next";

    Path home() {
        return out.resolveSibling("." + out.getFileName() + ".builds");
    }

    Path marker() {
        return home().resolve(MARKER);
    }

    Path lock() {
        return home().resolve(LOCK);
    }

    Path slot(String name) {
        return home().resolve(name);
    }

    /** Where the link that will replace the output path is made. */
    Path nextLink() {
        return home().resolve(NEXT_LINK);
    }

    /** The link's target, relative to the output path's folder, so the project can move. */
    Path linkTarget(String slot) {
        return Path.of(home().getFileName().toString(), slot);
    }

    /** The build folder the output path points to, when it is one of ours. */
    Optional<String> currentSlot() {
        if (!Files.isSymbolicLink(out)) {
            return Optional.empty();
        }
        try {
            Path target = Files.readSymbolicLink(out);
            return SLOTS.stream().filter(slot -> target.equals(linkTarget(slot))).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The build folder this build fills: the one the output path does not point to. */
    String nextSlot() {
        return currentSlot().filter(SLOTS.get(0)::equals).map(a -> SLOTS.get(1)).orElse(SLOTS.get(0));
    }

    boolean homeIsOurs() {
        return Files.isDirectory(home(), LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(marker(), LinkOption.NOFOLLOW_LINKS);
    }
}

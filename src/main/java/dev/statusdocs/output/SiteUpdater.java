package dev.statusdocs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

/**
 * Brings a site folder from one build to the next by writing only the files whose bytes changed (each through
 * a temporary file and a rename) and deleting the files that are gone. Used by the preview server, where a
 * whole-folder swap would be wasted work.
 */
public final class SiteUpdater {

    /** @return how many files were written or deleted */
    public int update(Path site, SortedMap<String, byte[]> previous, SortedMap<String, byte[]> next) {
        int touched = 0;
        try {
            for (Map.Entry<String, byte[]> file : next.entrySet()) {
                byte[] before = previous.get(file.getKey());
                if (before != null && Arrays.equals(before, file.getValue())) {
                    continue;
                }
                Path target = site.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
                Files.write(temporary, file.getValue());
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                touched++;
            }
            for (String gone : previous.keySet()) {
                if (!next.containsKey(gone)) {
                    Files.deleteIfExists(site.resolve(gone));
                    touched++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + site, e);
        }
        return touched;
    }
}

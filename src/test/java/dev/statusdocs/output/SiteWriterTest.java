package dev.statusdocs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path dir;

    private static TreeMap<String, byte[]> files(String... pathsAndTexts) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void theNewSiteReplacesTheOldOneWhole() throws Exception {
        Path site = dir.resolve("site");
        new SiteWriter().write(site, files("en/200.html", "old", "en/gone.html", "x"));
        new SiteWriter().write(site, files("en/200.html", "new", "zh/200.html", "新"));
        assertEquals("new", Files.readString(site.resolve("en/200.html")));
        assertEquals("新", Files.readString(site.resolve("zh/200.html")));
        assertFalse(Files.exists(site.resolve("en/gone.html")));
    }

    @Test
    void aFileThatCannotBeWrittenLeavesTheLastSiteAsItWas() throws Exception {
        Path site = dir.resolve("site");
        new SiteWriter().write(site, files("en/200.html", "good"));
        // "en" cannot be a file and a folder at once.
        assertThrows(UncheckedIOException.class,
                () -> new SiteWriter().write(site, files("en", "clash", "en/200.html", "bad")));
        assertEquals("good", Files.readString(site.resolve("en/200.html")));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no staging folder is left behind");
        }
    }
}

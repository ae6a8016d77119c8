package dev.statusdocs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    @Test
    void theReplacedSiteIsKeptBesideAndTheNextBuildWritesOverItsFiles() throws Exception {
        Path site = dir.resolve("site");
        new SiteWriter().write(site, files("en/200.html", "one"));
        new SiteWriter().write(site, files("en/200.html", "two"));
        assertEquals("one", Files.readString(dir.resolve(".site.old/en/200.html")));
        // A second name for the kept file shows whether the next build writes into that file or makes a new one.
        Path probe = dir.resolve("probe");
        Files.createLink(probe, dir.resolve(".site.old/en/200.html"));

        new SiteWriter().write(site, files("en/200.html", "three"));
        assertEquals("three", Files.readString(site.resolve("en/200.html")));
        assertEquals("three", Files.readString(probe));
        assertEquals("two", Files.readString(dir.resolve(".site.old/en/200.html")));
    }

    @Test
    void filesAndFoldersTheNewSiteLacksAreRemovedFromTheReusedFolder() throws Exception {
        Path site = dir.resolve("site");
        new SiteWriter().write(site, files("en/a.html", "a", "old/deep/x.html", "x", "data/keep.json", "1"));
        new SiteWriter().write(site, files("en/a.html", "a"));
        new SiteWriter().write(site, files("en/b.html", "b", "data/keep.json", "2"));
        assertEquals(Set.of("en", "en/b.html", "data", "data/keep.json"), contents(site));
        assertEquals("2", Files.readString(site.resolve("data/keep.json")));
    }

    @Test
    void aLinkPlantedInTheReusedFolderIsNotFollowed() throws Exception {
        Path site = dir.resolve("site");
        Path outside = dir.resolve("outside.txt");
        Files.writeString(outside, "keep me");
        new SiteWriter().write(site, files("en/200.html", "one"));
        new SiteWriter().write(site, files("en/200.html", "two"));
        Path planted = dir.resolve(".site.old/en/200.html");
        Files.delete(planted);
        Files.createSymbolicLink(planted, outside);

        new SiteWriter().write(site, files("en/200.html", "three"));
        assertEquals("keep me", Files.readString(outside));
        assertFalse(Files.isSymbolicLink(site.resolve("en/200.html")));
        assertEquals("three", Files.readString(site.resolve("en/200.html")));
    }

    @Test
    void aBuildAfterAFailedOneStartsFromAFreshFolder() throws Exception {
        Path site = dir.resolve("site");
        new SiteWriter().write(site, files("en/200.html", "one"));
        new SiteWriter().write(site, files("en/200.html", "two"));
        assertThrows(UncheckedIOException.class,
                () -> new SiteWriter().write(site, files("en", "clash", "en/200.html", "bad")));
        assertEquals("two", Files.readString(site.resolve("en/200.html")));

        new SiteWriter().write(site, files("en/201.html", "next"));
        assertEquals(Set.of("en", "en/201.html"), contents(site));
        assertTrue(Files.isDirectory(dir.resolve(".site.old")));
    }

    /** Every file and folder under {@code root}, as relative paths with '/'. */
    private static Set<String> contents(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }
}

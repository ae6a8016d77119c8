package dev.statusdocs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path dir;
    private Path project;
    private Path site;

    @BeforeEach
    void folders() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        site = dir.resolve("site");
    }

    private static TreeMap<String, byte[]> files(String... pathsAndTexts) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private void write(SortedMap<String, byte[]> files) {
        try (SiteWriter writer = SiteWriter.open(site, project)) {
            writer.write(files);
        }
    }

    /** The build folder the site's link does not point to: the one the next build fills. */
    private Path spare() throws Exception {
        Path current = site.toRealPath();
        return current.resolveSibling(current.getFileName().toString().equals("a") ? "b" : "a");
    }

    @Test
    void theNewSiteReplacesTheOldOneWhole() throws Exception {
        write(files("en/200.html", "old", "en/gone.html", "x"));
        write(files("en/200.html", "new", "zh/200.html", "新"));
        assertEquals("new", Files.readString(site.resolve("en/200.html")));
        assertEquals("新", Files.readString(site.resolve("zh/200.html")));
        assertFalse(Files.exists(site.resolve("en/gone.html")));
    }

    @Test
    void aFileThatCannotBeWrittenLeavesTheLastSiteAsItWas() throws Exception {
        write(files("en/200.html", "good"));
        Path before = site.toRealPath();
        // "en" cannot be a file and a folder at once.
        assertThrows(UncheckedIOException.class, () -> write(files("en", "clash", "en/200.html", "bad")));
        assertEquals("good", Files.readString(site.resolve("en/200.html")));
        assertEquals(before, site.toRealPath());
        assertEquals(Set.of("en", "en/200.html"), contents(site));
    }

    @Test
    void theReplacedSiteIsKeptBesideAndTheNextBuildWritesOverItsFiles() throws Exception {
        write(files("en/200.html", "one"));
        write(files("en/200.html", "two"));
        Path kept = spare().resolve("en/200.html");
        assertEquals("one", Files.readString(kept));
        // A second name for the kept file shows whether the next build writes into that file or makes a new one.
        Path probe = dir.resolve("probe");
        Files.createLink(probe, kept);

        write(files("en/200.html", "three"));
        assertEquals("three", Files.readString(site.resolve("en/200.html")));
        assertEquals("three", Files.readString(probe));
        assertEquals("two", Files.readString(spare().resolve("en/200.html")));
    }

    @Test
    void filesAndFoldersTheNewSiteLacksAreRemovedFromTheReusedFolder() throws Exception {
        write(files("en/a.html", "a", "old/deep/x.html", "x", "data/keep.json", "1"));
        write(files("en/a.html", "a"));
        write(files("en/b.html", "b", "data/keep.json", "2"));
        assertEquals(Set.of("en", "en/b.html", "data", "data/keep.json"), contents(site));
        assertEquals("2", Files.readString(site.resolve("data/keep.json")));
    }

    @Test
    void aLinkPlantedInTheReusedFolderIsNotFollowed() throws Exception {
        Path outside = dir.resolve("outside.txt");
        Files.writeString(outside, "keep me");
        write(files("en/200.html", "one"));
        write(files("en/200.html", "two"));
        Path planted = spare().resolve("en/200.html");
        Files.delete(planted);
        Files.createSymbolicLink(planted, outside);

        write(files("en/200.html", "three"));
        assertEquals("keep me", Files.readString(outside));
        assertFalse(Files.isSymbolicLink(site.resolve("en/200.html")));
        assertEquals("three", Files.readString(site.resolve("en/200.html")));
    }

    @Test
    void aBuildAfterAFailedOneStartsFromACleanFolder() throws Exception {
        write(files("en/200.html", "one"));
        write(files("en/200.html", "two"));
        assertThrows(UncheckedIOException.class, () -> write(files("en", "clash", "en/200.html", "bad")));
        assertEquals("two", Files.readString(site.resolve("en/200.html")));

        write(files("en/201.html", "next"));
        assertEquals(Set.of("en", "en/201.html"), contents(site));
    }

    @Test
    void whatAKilledBuildLeftInTheScratchFolderIsCleanedByTheNext() throws Exception {
        write(files("en/200.html", "one"));
        Files.createDirectories(spare().resolve("en/half"));
        Files.writeString(spare().resolve("en/half/written.html"), "half");
        Files.writeString(spare().resolve("en/200.html"), "half");

        write(files("en/200.html", "two"));
        assertEquals(Set.of("en", "en/200.html"), contents(site));
        assertEquals("two", Files.readString(site.resolve("en/200.html")));
    }

    /**
     * The old writer renamed the site aside and then the new one in: a reader in between found nothing (17,100
     * of 493,767 looks in one run). A single rename of a link leaves no such moment.
     */
    @Test
    void aReaderAlwaysFindsACompleteSiteWhileBuildsFollowEachOther() throws Exception {
        write(generation(0));
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger missing = new AtomicInteger();
        AtomicInteger looks = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                looks.incrementAndGet();
                if (!Files.isRegularFile(site.resolve("index.html"))) {
                    missing.incrementAndGet();
                }
            }
        });
        reader.start();
        try (SiteWriter writer = SiteWriter.open(site, project)) {
            for (int g = 1; g <= 200; g++) {
                writer.write(generation(g));
            }
        } finally {
            done.set(true);
            reader.join();
        }
        assertEquals(0, missing.get(), "looks that found no site, of " + looks);
        assertEquals(generation(200).keySet(), contents(site).stream().filter(p -> p.endsWith(".html"))
                .collect(Collectors.toSet()));
    }

    @Test
    void theSiteIsALinkIntoBuildFoldersThatCarryOurMarker() throws Exception {
        write(files("en/200.html", "one"));
        assertTrue(Files.isSymbolicLink(site));
        Path first = site.toRealPath();
        assertTrue(Files.isRegularFile(dir.resolve(".site.builds/made-by-statusdocs")));
        write(files("en/200.html", "two"));
        assertNotEquals(first, site.toRealPath());
        assertEquals(dir.resolve(".site.builds").toRealPath(), site.toRealPath().getParent());
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHoldsTheFolder() throws Exception {
        write(files("en/200.html", "one"));
        try (SiteWriter first = SiteWriter.open(site, project)) {
            UncheckedIOException refused = assertThrows(UncheckedIOException.class,
                    () -> SiteWriter.open(site, project));
            String message = refused.getMessage() + ": " + refused.getCause().getMessage();
            assertTrue(message.contains(site.toString()), message);
            assertTrue(message.contains("another statusdocs build or serve"), message);
            first.write(files("en/200.html", "two"));
        }
        assertEquals("two", Files.readString(site.resolve("en/200.html")));
        write(files("en/200.html", "three"));
        assertEquals("three", Files.readString(site.resolve("en/200.html")));
    }

    private static TreeMap<String, byte[]> generation(int g) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        files.put("index.html", ("g" + g).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 20; i++) {
            files.put("en/" + i + ".html", ("g" + g).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** Every file and folder of the site the output path shows, as relative paths with '/'. */
    private static Set<String> contents(Path site) throws Exception {
        Path root = site.toRealPath();
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }
}

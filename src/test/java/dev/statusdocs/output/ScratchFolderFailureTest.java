package dev.statusdocs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build folder that cannot be written (issue 22 item 8): the failure names its cause and what to do, and the
 * site stays as it was. The JDK's message for a refused write is the file's name alone.
 */
class ScratchFolderFailureTest {
    @TempDir
    Path dir;

    private static TreeMap<String, byte[]> files(String... pathsAndTexts) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private void write(Path site, TreeMap<String, byte[]> files) {
        try (SiteWriter writer = SiteWriter.open(site, dir.resolve("project"))) {
            writer.write(files);
        }
    }

    @Test
    void aPermissionDeniedNamesItsCauseTheFileAndWhatToDo() {
        OutputLayout layout = new OutputLayout(dir.resolve("site"));
        String file = layout.slot("b").resolve("en/about.html").toString();
        String message = WriteFailure.explain(new AccessDeniedException(file), layout).getMessage();
        assertTrue(message.startsWith("permission denied: " + file + "; " + layout.slot("b")
                + " is statusdocs's own scratch folder, not the site: make it writable again"), message);
        assertTrue(message.endsWith("or delete it, then build again; the site at " + layout.out() + " was not changed"),
                message);
    }

    @Test
    void aScratchFolderThatCannotBeWrittenIsReportedWithItsCauseAndTheSiteStays() throws Exception {
        Path site = dir.resolve("site");
        write(site, files("en/200.html", "one"));
        write(site, files("en/200.html", "two"));
        Path current = site.toRealPath();
        Path scratch = current.resolveSibling(current.getFileName().toString().equals("a") ? "b" : "a");
        Path stuck = scratch.resolve("en");
        lockDown(stuck);
        try {
            UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                    () -> write(site, files("en/200.html", "three", "en/about.html", "new")));
            String message = failure.getMessage() + ": " + failure.getCause().getMessage();
            assertTrue(message.startsWith("cannot write the site to " + site + ": "), message);
            assertTrue(message.contains("permission denied") || message.contains("operation not permitted"), message);
            assertTrue(message.contains(scratch + " is statusdocs's own scratch folder"), message);
            assertEquals("two", Files.readString(site.resolve("en/200.html")));
            assertEquals(current, site.toRealPath());
        } finally {
            release(stuck);
        }
        write(site, files("en/200.html", "three", "en/about.html", "new"));
        assertEquals("new", Files.readString(site.resolve("en/about.html")));
    }

    /** Makes a folder unwritable even for root, who ignores permissions but not the immutable attribute. */
    private static void lockDown(Path folder) throws Exception {
        if (isRoot()) {
            Assumptions.assumeTrue(run("chattr", "+i", folder.toString()) == 0, "chattr +i is not available here");
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
    }

    private static void release(Path folder) throws Exception {
        if (isRoot()) {
            run("chattr", "-i", folder.toString());
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}

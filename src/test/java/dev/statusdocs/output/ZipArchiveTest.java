package dev.statusdocs.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipArchiveTest {
    @TempDir
    Path dir;

    private final byte[] page = "<p>请求超时 Request Timeout</p>".repeat(200).getBytes(StandardCharsets.UTF_8);
    private final byte[] empty = new byte[0];
    private final byte[] last = "<p>Last entry</p>".getBytes(StandardCharsets.UTF_8);

    private byte[] archive() {
        return new ZipArchive(2000, 1, 1, 0, 0).write(List.of(ZipArchive.Entry.of("bundle/en/408.html", page),
                ZipArchive.Entry.of("bundle/空.txt", empty), ZipArchive.Entry.of("bundle/zz.html", last)));
    }

    @Test
    void readersThatFollowTheEntriesFindEveryFileWithItsBytesAndDate() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive()), StandardCharsets.UTF_8)) {
            ZipEntry entry = in.getNextEntry();
            names.add(entry.getName());
            assertArrayEquals(page, in.readAllBytes());
            assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), entry.getTimeLocal());
            entry = in.getNextEntry();
            names.add(entry.getName());
            assertArrayEquals(empty, in.readAllBytes());
            entry = in.getNextEntry();
            names.add(entry.getName());
            assertArrayEquals(last, in.readAllBytes());
        }
        assertEquals(List.of("bundle/en/408.html", "bundle/空.txt", "bundle/zz.html"), names);
    }

    @Test
    void readersThatStartFromTheCentralDirectoryFindTheSame() throws Exception {
        Path file = dir.resolve("bundle.zip");
        Files.write(file, archive());
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            assertEquals(3, zip.size());
            ZipEntry entry = zip.getEntry("bundle/en/408.html");
            assertEquals(page.length, entry.getSize());
            assertEquals(ZipEntry.DEFLATED, entry.getMethod());
            try (var in = zip.getInputStream(entry)) {
                assertArrayEquals(page, in.readAllBytes());
            }
            assertEquals(0, zip.getEntry("bundle/空.txt").getSize());
            // Found through its offset in the central directory, past the two entries before it.
            try (var in = zip.getInputStream(zip.getEntry("bundle/zz.html"))) {
                assertArrayEquals(last, in.readAllBytes());
            }
        }
    }

    @Test
    void theSameEntriesAlwaysGiveTheSameBytes() {
        assertArrayEquals(archive(), archive());
    }
}

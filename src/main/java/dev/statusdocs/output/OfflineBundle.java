package dev.statusdocs.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;

/**
 * The offline bundle: every file of the site in one zip under a single folder, entries sorted, every entry
 * dated the same, so the same site always gives the same bytes. Inside the bundle the download link points
 * to the published site, since the zip does not contain itself. Every entry is dated 2000-01-01 00:00: DOS time
 * has no zone, so the bytes do not depend on the machine's.
 */
public final class OfflineBundle {
    public static final String PATH = "downloads/statusdocs-offline.zip";
    static final String FOLDER = "statusdocs-offline/";

    private final String localDownloadHref;
    private final String publishedDownloadHref;

    /**
     * @param localDownloadHref     the download link as pages in the site write it
     * @param publishedDownloadHref where the bundle lives on the published site
     */
    public OfflineBundle(String localDownloadHref, String publishedDownloadHref) {
        this.localDownloadHref = localDownloadHref;
        this.publishedDownloadHref = publishedDownloadHref;
    }

    public byte[] zip(SortedMap<String, byte[]> site) {
        // Entries are compressed on every core, then written in the site's sorted order.
        List<ZipArchive.Entry> entries = site.entrySet().parallelStream()
                .filter(file -> !file.getKey().startsWith("downloads/"))
                .map(file -> ZipArchive.Entry.of(FOLDER + file.getKey(), forBundle(file.getKey(), file.getValue())))
                .toList();
        return new ZipArchive(2000, 1, 1, 0, 0).write(entries);
    }

    private byte[] forBundle(String path, byte[] content) {
        if (!path.endsWith(".html")) {
            return content;
        }
        // Both links are ASCII, so they can be found and replaced in the UTF-8 bytes without decoding the page.
        return replaceAll(content, ("href=\"" + localDownloadHref + "\"").getBytes(StandardCharsets.UTF_8),
                ("href=\"" + publishedDownloadHref + "\"").getBytes(StandardCharsets.UTF_8));
    }

    static byte[] replaceAll(byte[] content, byte[] target, byte[] replacement) {
        int[] skip = skipTable(target);
        ByteArrayOutputStream out = null;
        int copied = 0;
        for (int i = indexOf(content, target, skip, 0); i >= 0; i = indexOf(content, target, skip, i + target.length)) {
            if (out == null) {
                out = new ByteArrayOutputStream(content.length + 64);
            }
            out.write(content, copied, i - copied);
            out.write(replacement, 0, replacement.length);
            copied = i + target.length;
        }
        if (out == null) {
            return content;
        }
        out.write(content, copied, content.length - copied);
        return out.toByteArray();
    }

    /** Horspool's table: how far the target may move when the byte under its last position is a given byte. */
    private static int[] skipTable(byte[] target) {
        int[] skip = new int[256];
        java.util.Arrays.fill(skip, target.length);
        for (int j = 0; j < target.length - 1; j++) {
            skip[target[j] & 0xFF] = target.length - 1 - j;
        }
        return skip;
    }

    /** Horspool's search: the whole site passes through here, and the link is long, so most bytes are skipped. */
    private static int indexOf(byte[] content, byte[] target, int[] skip, int from) {
        int last = target.length - 1;
        int i = from;
        while (i <= content.length - target.length) {
            int j = last;
            while (j >= 0 && content[i + j] == target[j]) {
                j--;
            }
            if (j < 0) {
                return i;
            }
            i += skip[content[i + last] & 0xFF];
        }
        return -1;
    }
}

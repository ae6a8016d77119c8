package dev.statusdocs.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The offline bundle: every file of the site in one zip under a single folder, entries sorted, every entry
 * dated the same, so the same site always gives the same bytes. Inside the bundle the download link points
 * to the published site, since the zip does not contain itself.
 */
public final class OfflineBundle {
    public static final String PATH = "downloads/statusdocs-offline.zip";
    static final String FOLDER = "statusdocs-offline/";
    /** The date every entry carries; DOS time has no zone, so the bytes do not depend on the machine's. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> file : site.entrySet()) {
                if (file.getKey().startsWith("downloads/")) {
                    continue;
                }
                ZipEntry entry = new ZipEntry(FOLDER + file.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(forBundle(file.getKey(), file.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the offline bundle", e);
        }
        return bytes.toByteArray();
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
        ByteArrayOutputStream out = null;
        int copied = 0;
        for (int i = indexOf(content, target, 0); i >= 0; i = indexOf(content, target, i + target.length)) {
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

    private static int indexOf(byte[] content, byte[] target, int from) {
        outer:
        for (int i = from; i <= content.length - target.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (content[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

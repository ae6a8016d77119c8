package dev.statusdocs.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
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
    /** DOS time has no zone: a local date-time keeps the bytes independent of the machine's zone. */
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

    /** The zip of {@code site}, its files in the map's (sorted) order, without the downloads folder. */
    public byte[] zip(SortedMap<String, byte[]> site) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
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
        String page = new String(content, StandardCharsets.UTF_8);
        return page.replace("href=\"" + localDownloadHref + "\"", "href=\"" + publishedDownloadHref + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }
}

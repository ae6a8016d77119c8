package dev.statusdocs.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The offline bundle: every file of the site that works from disk, in one zip under a single folder, entries
 * sorted, every entry dated the same (the time of the content's last commit), so the same site always gives the
 * same bytes. Inside the bundle the download link points to the published site, since the zip does not contain
 * itself.
 */
public final class OfflineBundle {
    public static final String PATH = "downloads/statusdocs-offline.zip";
    static final String FOLDER = "statusdocs-offline/";
    /** Files for web hosts and crawlers: the 404 page links by absolute paths, which lead nowhere on a disk. */
    private static final Set<String> WEB_ONLY = Set.of("404.html", "robots.txt", "sitemap.xml");
    /** When the content has no history: DOS times start in 1980, and any fixed time keeps the bytes stable. */
    private static final Instant NO_HISTORY = Instant.parse("2000-01-01T00:00:00Z");

    private final String localDownloadHref;
    private final String publishedDownloadHref;
    private final LocalDateTime entryTime;

    /**
     * @param localDownloadHref     the download link as pages in the site write it
     * @param publishedDownloadHref where the bundle lives on the published site
     * @param sourceTime            when the content last changed, the date of every entry
     */
    public OfflineBundle(String localDownloadHref, String publishedDownloadHref, Optional<Instant> sourceTime) {
        this.localDownloadHref = localDownloadHref;
        this.publishedDownloadHref = publishedDownloadHref;
        // DOS time has no zone: the UTC date-time keeps the bytes independent of the machine's zone.
        this.entryTime = LocalDateTime.ofInstant(sourceTime.orElse(NO_HISTORY), ZoneOffset.UTC);
    }

    /** The zip of {@code site}, its files in the map's (sorted) order, without the downloads folder and web-only files. */
    public byte[] zip(SortedMap<String, byte[]> site) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : site.entrySet()) {
                if (file.getKey().startsWith("downloads/") || WEB_ONLY.contains(file.getKey())) {
                    continue;
                }
                ZipEntry entry = new ZipEntry(FOLDER + file.getKey());
                entry.setTimeLocal(entryTime);
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

package dev.statusdocs.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class OfflineBundleTest {
    private final OfflineBundle bundle = new OfflineBundle("../downloads/b.zip", "https://x.example/downloads/b.zip",
            Optional.empty());

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static SortedMap<String, byte[]> site() {
        SortedMap<String, byte[]> site = new TreeMap<>();
        site.put("zh/408.html", utf8("<a href=\"../downloads/b.zip\">下载</a> <p>请求超时</p>".repeat(50)));
        site.put("assets/search.js", utf8("var href=\"../downloads/b.zip\";"));
        site.put("assets/空.txt", new byte[0]);
        site.put("downloads/b.zip", utf8("the previous bundle"));
        site.put("en/index.html", utf8("<a href=\"../downloads/b.zip\">download</a>"));
        site.put("404.html", utf8("<a href=\"/statusdocs/en/index.html\">home</a>"));
        site.put("robots.txt", utf8("User-agent: *"));
        site.put("sitemap.xml", utf8("<urlset/>"));
        return site;
    }

    /** The entries in the order the zip holds them (pages for web hosts and crawlers left out), with their contents. */
    private static Map<String, String> unpack(byte[] zip) throws IOException {
        return unpack(zip, LocalDateTime.of(2000, 1, 1, 0, 0));
    }

    private static Map<String, String> unpack(byte[] zip, LocalDateTime dated) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertEquals(dated, entry.getTimeLocal(), entry.getName());
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void everyEntryCarriesTheTimeTheContentLastChangedInUtc() throws IOException {
        OfflineBundle dated = new OfflineBundle("../downloads/b.zip", "https://x.example/downloads/b.zip",
                Optional.of(Instant.parse("2026-11-30T17:45:12Z")));
        Map<String, String> unpacked = unpack(dated.zip(site()), LocalDateTime.of(2026, 11, 30, 17, 45, 12));
        assertEquals(4, unpacked.size());
    }

    @Test
    void unpacksToTheSiteInSortedOrderWithTheDownloadLinkPointingToThePublishedSite() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("statusdocs-offline/assets/search.js", "var href=\"../downloads/b.zip\";");
        expected.put("statusdocs-offline/assets/空.txt", "");
        expected.put("statusdocs-offline/en/index.html", "<a href=\"https://x.example/downloads/b.zip\">download</a>");
        expected.put("statusdocs-offline/zh/408.html",
                "<a href=\"https://x.example/downloads/b.zip\">下载</a> <p>请求超时</p>".repeat(50));
        Map<String, String> unpacked = unpack(bundle.zip(site()));
        assertEquals(expected, unpacked);
        assertEquals(expected.keySet().stream().toList(), unpacked.keySet().stream().toList());
    }

    @Test
    void theSameSiteAlwaysGivesTheSameBytes() {
        assertArrayEquals(bundle.zip(site()), bundle.zip(site()));
    }
}

package dev.statusdocs.render;

import dev.statusdocs.model.Lang;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code sitemap.xml}: every page of each language, with its alternate in the other language. */
final class Sitemap {
    private Sitemap() {
    }

    /**
     * @param paths        page paths inside a language folder, such as {@code 404.html}
     * @param lastModified the day a page's content last changed, for the paths that have one
     */
    static String of(String baseUrl, List<String> paths, Map<String, LocalDate> lastModified) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String path : paths) {
            for (Lang lang : Lang.values()) {
                xml.append("  <url>\n    <loc>").append(baseUrl).append(lang.tag()).append('/').append(path).append("</loc>\n");
                if (lastModified.containsKey(path)) {
                    xml.append("    <lastmod>").append(lastModified.get(path)).append("</lastmod>\n");
                }
                for (Lang alternate : Lang.values()) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(alternate.htmlTag())
                            .append("\" href=\"").append(baseUrl).append(alternate.tag()).append('/').append(path).append("\"/>\n");
                }
                xml.append("  </url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }
}

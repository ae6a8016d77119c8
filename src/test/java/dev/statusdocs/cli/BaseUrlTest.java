package dev.statusdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.TestProjects;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --base-url}: the address the site is published at, wherever it is built. */
class BaseUrlTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        return InProject.run(dir, args);
    }

    private Document page(String path) {
        return Jsoup.parse(TestProjects.read(dir.resolve("site").resolve(path)));
    }

    @Test
    void theNotFoundPageLinksUnderTheGivenAddressAndPagesNameItAsCanonical() {
        TestProjects.copy("basic", dir);
        run("merge");
        assertEquals(ExitCodes.OK, run("build", "--base-url", "http://localhost:4000/docs"));

        List<String> notFoundLinks = page("404.html").select("link[href], a[href]").eachAttr("href");
        assertTrue(!notFoundLinks.isEmpty() && notFoundLinks.stream().allMatch(href -> href.startsWith("/docs/")),
                notFoundLinks.toString());
        Element canonical = page("en/404.html").selectFirst("link[rel=canonical]");
        assertEquals("http://localhost:4000/docs/en/404.html", canonical.attr("href"));
        assertTrue(TestProjects.read(dir.resolve("site/robots.txt")).contains("http://localhost:4000/docs/sitemap.xml"));
    }

    @Test
    void anAddressPagesCannotLinkToIsAUsageError() {
        TestProjects.copy("basic", dir);
        assertEquals(ExitCodes.USAGE, run("build", "--base-url", "javascript:alert(1)//"));
    }
}

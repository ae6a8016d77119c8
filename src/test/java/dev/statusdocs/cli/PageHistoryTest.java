package dev.statusdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.TestProjects;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates from the project's git history: each page's last change, the sitemap, the feed and the zip. */
class PageHistoryTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        return InProject.run(dir, args);
    }

    private void git(String... args) throws IOException, InterruptedException {
        ProcessBuilder git = new ProcessBuilder(new ArrayList<>(List.of("git", "-C", dir.toString())));
        git.command().addAll(List.of(args));
        String when = "2026-06-07T08:09:10Z";
        git.environment().putAll(Map.of("GIT_AUTHOR_NAME", "a", "GIT_AUTHOR_EMAIL", "a@example.org",
                "GIT_COMMITTER_NAME", "a", "GIT_COMMITTER_EMAIL", "a@example.org",
                "GIT_AUTHOR_DATE", when, "GIT_COMMITTER_DATE", when));
        assertEquals(0, git.inheritIO().start().waitFor(), String.join(" ", args));
    }

    private void mergedProjectCommittedAs(String message) throws IOException, InterruptedException {
        TestProjects.copy("basic", dir);
        run("merge");
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    @Test
    void aCommittedPageShowsItsDateInTheSitemapTheFeedAndTheBundle() throws Exception {
        mergedProjectCommittedAs("404 <explains> caches & proxies");

        assertEquals(ExitCodes.OK, run("build"));

        Path site = dir.resolve("site");
        Document zhPage = Jsoup.parse(TestProjects.read(site.resolve("zh/404.html")));
        assertEquals("2026-06-07", zhPage.selectFirst(".updated time").attr("datetime"));
        assertEquals("2026年6月7日", zhPage.selectFirst(".updated time").text());
        Document sitemap = Jsoup.parse(TestProjects.read(site.resolve("sitemap.xml")), Parser.xmlParser());
        assertEquals("2026-06-07", sitemap.select("url:has(loc:matches(/en/404.html$)) > lastmod").text());
        Document feed = Jsoup.parse(TestProjects.read(site.resolve("feed.xml")), Parser.xmlParser());
        assertEquals(List.of("404 <explains> caches & proxies"), feed.select("entry > title").eachText());
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                Files.readAllBytes(site.resolve("downloads/statusdocs-offline.zip"))))) {
            assertEquals(LocalDateTime.of(2026, 6, 7, 8, 9, 10), zip.getNextEntry().getTimeLocal());
        }
    }

    @Test
    void theFeedListsThePagesChangesEvenBehindMoreCommitsThanItHoldsThatChangedOnlyData() throws Exception {
        mergedProjectCommittedAs("the pages");
        for (int i = 0; i < 40; i++) {
            TestProjects.write(dir.resolve("content/notes.txt"), "note " + i);
            git("add", "-A");
            git("commit", "-q", "-m", "data only " + i);
        }

        assertEquals(ExitCodes.OK, run("build"));

        Document feed = Jsoup.parse(TestProjects.read(dir.resolve("site/feed.xml")), Parser.xmlParser());
        assertEquals(List.of("the pages"), feed.select("entry > title").eachText());
    }
}

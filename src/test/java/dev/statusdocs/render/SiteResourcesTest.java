package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteResourcesTest {
    @TempDir
    Path root;

    private void write(String file, String text) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    private static List<String> located(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.file() + ":" + d.line() + ":" + d.column() + ": " + d.message()).toList();
    }

    @Test
    void readsStringsInBothLanguagesAndTheSiteSettings() throws IOException {
        write(SiteResources.STRINGS, "nav.home:\n  en: Home\n  zh: 首页\n");
        write(SiteResources.SITE_CONFIG, "repository: https://git.example/docs\nbranch: trunk\nbase_url: https://docs.example\n");

        SiteResources.Loaded loaded = new SiteResources().load(root);

        assertEquals(List.of(), loaded.diagnostics());
        assertEquals("Home", loaded.strings().get(Lang.EN, "nav.home"));
        assertEquals("首页", loaded.strings().get(Lang.ZH, "nav.home"));
        assertEquals("https://docs.example/", loaded.config().baseUrl(), "a base URL always ends with a slash");
        assertEquals("trunk", loaded.config().branch());
    }

    @Test
    void aStringWithoutOneLanguageIsReportedAtItsKey() throws IOException {
        write(SiteResources.STRINGS, "nav.home:\n  en: Home\n  zh: 首页\nnav.about:\n  en: About\n");
        write(SiteResources.SITE_CONFIG, "branch: main\n");

        List<String> diagnostics = located(new SiteResources().load(root).diagnostics());

        assertEquals(List.of("templates/strings.yaml:4:1: the UI string 'nav.about' has no 'zh' text"), diagnostics);
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() throws IOException {
        write(SiteResources.STRINGS, "nav.home:\n  en: Home\n  zh: 首页\n");
        write(SiteResources.SITE_CONFIG, "branch: main\nbase_url: \"https://docs.example\n");

        List<String> diagnostics = located(new SiteResources().load(root).diagnostics());

        assertEquals(1, diagnostics.size(), diagnostics.toString());
        assertTrue(diagnostics.get(0).startsWith("content/site.yaml:2:"), diagnostics.get(0));
        assertTrue(diagnostics.get(0).contains("YAML syntax error"), diagnostics.get(0));
    }

    @Test
    void missingFilesAreReportedAndDefaultsUsed() {
        SiteResources.Loaded loaded = new SiteResources().load(root);

        assertEquals(List.of("templates/strings.yaml:1:1: missing file", "content/site.yaml:1:1: missing file"),
                located(loaded.diagnostics()));
        assertEquals("main", loaded.config().branch());
    }
}

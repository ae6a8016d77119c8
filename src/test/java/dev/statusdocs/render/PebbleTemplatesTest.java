package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PebbleTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void valuesAreEscapedForTextAndQuotedAttributesUnlessMarkedRaw() throws IOException {
        Files.writeString(dir.resolve("page.peb"), "<p title=\"{{ text }}\">{{ text }}</p>{{ html | raw }}",
                StandardCharsets.UTF_8);
        byte[] page = new PebbleTemplates(dir).render("page", Map.of("text", "<a href=\"x\" title='y'>A & 请求</a>",
                "html", "<b>超时</b>"));
        String escaped = "&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;A &amp; 请求&lt;/a&gt;";
        assertEquals("<p title=\"" + escaped + "\">" + escaped + "</p><b>超时</b>",
                new String(page, StandardCharsets.UTF_8));
    }
}

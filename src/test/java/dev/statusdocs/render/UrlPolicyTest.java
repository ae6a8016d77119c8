package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.RandomTexts;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class UrlPolicyTest {
    private static final List<String> DANGEROUS = List.of("javascript:", "data:", "vbscript:");
    private final MarkdownEngine engine = new MarkdownEngine();

    /** Every href and src in the HTML as a browser's parser reads it (character references decoded). */
    private static List<String> addresses(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        List<String> addresses = new ArrayList<>();
        for (Element element : document.select("[href], [src]")) {
            addresses.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
        }
        return addresses;
    }

    /**
     * Whether a browser could run or load the address as script or data. Stricter than a browser: every control
     * character and space is dropped anywhere, and percent-escapes are decoded as well.
     */
    private static boolean dangerous(String address) {
        StringBuilder squeezed = new StringBuilder();
        address.codePoints().filter(c -> c > ' ' && !Character.isISOControl(c) && !Character.isWhitespace(c))
                .forEach(squeezed::appendCodePoint);
        String plain = squeezed.toString().toLowerCase(Locale.ROOT);
        String decoded;
        try {
            decoded = URLDecoder.decode(plain.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = plain;
        }
        String finalDecoded = decoded;
        return DANGEROUS.stream().anyMatch(s -> plain.startsWith(s) || finalDecoded.startsWith(s));
    }

    private static final List<String> KNOWN_ENCODINGS = List.of(
            "[x](javascript:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](&#0000106;avascript:alert(1))",
            "[x](&#x6A;avascript:alert(1))",
            "[x](&#X6a;avascript:alert(1))",
            "[x](javascript&colon;alert(1))",
            "[y](javascript\\:alert(2))",
            "[x](java&#9;script:alert(1))",
            "[x](java&#10;script:alert(1))",
            "[x](java&#13;script:alert(1))",
            "[x](java&#x01;script:alert(1))",
            "[x](<java&#9;script:alert(1)>)",
            "[x](JaVaScRiPt:alert(1))",
            "[x](   javascript:alert(1))",
            "[x](&#32;&#9;javascript:alert(1))",
            "[x](%6Aavascript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](DATA&#58;text/html,x)",
            "[x](vbscript:msgbox(1))",
            "![x](&#106;avascript:alert(1))",
            "![x](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E)",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: &#106;avascript:alert(1)",
            "[r]\n\n[r]: <java&#9;script:alert(1)>",
            "![x][r]\n\n[r]: data:image/png;base64,AAAA",
            "[x](//evil.example/x)",
            "[x](\\\\\\\\evil.example/x)");

    @Test
    void everyKnownEncodingOfAForbiddenSchemeIsLeftOutOfThePage() {
        for (String markdown : KNOWN_ENCODINGS) {
            MarkdownEngine.Rendered rendered = engine.rendered(markdown);
            assertEquals(List.of(), addresses(rendered.html()), markdown + " -> " + rendered.html());
            assertEquals(1, rendered.refused().size(), markdown + ": the refusal is recorded for check");
        }
    }

    @Test
    void webMailAndRelativeAddressesAreKept() {
        String html = engine.toHtml("[a](https://example.com/a?b=c&d=e) [b](HTTP://x.example) [c](mailto:a@b.example)"
                + " [d](429.md) [e](#frag) [f](../x) [g](folder/page.html) <https://x.example/y> <a@b.example>"
                + " [h](https://example.com/a%3Ab)");
        assertEquals(List.of("https://example.com/a?b=c&d=e", "HTTP://x.example", "mailto:a@b.example", "429.html",
                "#frag", "../x", "folder/page.html", "https://x.example/y", "mailto:a@b.example",
                "https://example.com/a%3Ab"), addresses(html));
    }

    /** One character of a scheme written in one of the ways Markdown and HTML allow. */
    private static String encoded(char c, RandomTexts random) {
        String noise = switch (random.nextInt(8)) {
            case 0 -> "&#9;";
            case 1 -> "&#x0A;";
            case 2 -> "&#13;";
            case 3 -> "&#x1f;";
            default -> "";
        };
        String written = switch (random.nextInt(7)) {
            case 0 -> "&#" + (int) c + ";";
            case 1 -> "&#" + "0".repeat(random.nextInt(4)) + (int) c + ";";
            case 2 -> (random.nextInt(2) == 0 ? "&#x" : "&#X") + Integer.toHexString(c) + ";";
            case 3 -> "%" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
            case 4 -> c == ':' ? (random.nextInt(2) == 0 ? "&colon;" : "\\:") : String.valueOf(c);
            case 5 -> String.valueOf(Character.toUpperCase(c));
            default -> String.valueOf(c);
        };
        return noise + written;
    }

    private static String randomDestination(String scheme, RandomTexts random) {
        StringBuilder url = new StringBuilder("&#32;".repeat(random.nextInt(2)));
        for (char c : scheme.toCharArray()) {
            url.append(encoded(c, random));
        }
        return url.append(scheme.startsWith("data") ? "text/html,x" : "alert(1)").toString();
    }

    @Test
    void randomEncodingsOfJavascriptAndDataNeverReachAnHrefOrSrc() {
        RandomTexts random = new RandomTexts(22, "ab", 2);
        List<String> forms = List.of("[x](%s)", "[x](<%s>)", "![x](%s)", "[x][r]\n\n[r]: %s", "[r]\n\n[r]: <%s>",
                "<%s>", "- item [x](%s)\n> quoted ![y](%s)");
        for (int round = 0; round < 1_000; round++) {
            String destination = randomDestination(random.nextInt(2) == 0 ? "javascript:" : "data:", random);
            String markdown = forms.get(random.nextInt(forms.size())).replace("%s", destination);
            String html = engine.toHtml(markdown);
            for (String address : addresses(html)) {
                assertFalse(dangerous(address), markdown + " -> " + html);
            }
        }
    }

    @Test
    void theOracleRecognisesWhatTheOldFilterLetThrough() {
        // Guards the property test above: its judge must see these as dangerous, or it proves nothing.
        assertTrue(dangerous("java\tscript:alert(1)"));
        assertTrue(dangerous(" JAVASCRIPT:alert(1)"));
        assertTrue(dangerous("%64ata:text/html,x"));
        assertFalse(dangerous("429.html"));
    }

    @Test
    void siteAddressesMustBeFullWebAddresses() {
        assertTrue(UrlPolicy.WEB_ADDRESSES.rejection("https://github.com/statusdocs/statusdocs").isEmpty());
        assertTrue(UrlPolicy.WEB_ADDRESSES.rejection("http://localhost:8000/").isEmpty());
        for (String bad : List.of("javascript:alert(1)//", " javascript:alert(1)", "java\tscript:x", "mailto:a@b.example",
                "/statusdocs/", "//evil.example/", "data:text/html,x", "%6Aavascript:x")) {
            assertTrue(UrlPolicy.WEB_ADDRESSES.rejection(bad).isPresent(), bad);
        }
    }

    @Test
    void anAddressLongerThanAnyPageNeedsIsRefused() {
        String url = "https://example.com/" + "a".repeat(UrlPolicy.MAX_LENGTH);
        assertTrue(UrlPolicy.PAGE_LINKS.rejection(url).orElseThrow().endsWith("is longer than 2048 characters"));
        assertTrue(UrlPolicy.PAGE_LINKS.rejection(url.substring(0, UrlPolicy.MAX_LENGTH)).isEmpty());
    }

    @Test
    void aRejectionNamesTheSchemeAndShowsControlCharacters() {
        assertEquals("the address 'java\\u0009script:x' uses the scheme 'javascript:', which the site does not allow",
                UrlPolicy.PAGE_LINKS.rejection("java\tscript:x").orElseThrow());
    }
}

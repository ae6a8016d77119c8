package dev.statusdocs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The five real sources against the entry lists written by reading each file by hand. */
class RealSourcesTest {
    private static final SourceReader.Sources SOURCES = new SourceReader().read(Path.of(""));

    @ParameterizedTest
    @ValueSource(strings = {"mdn-zh", "zh-table", "zh-pdf", "en-translation", "rfc9110-excerpt"})
    void everyEntryBecomesExactlyOneClaimInOrder(String source) throws IOException {
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/expected-entries/" + source + ".txt"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        List<String> actual = SOURCES.claims().stream().filter(c -> c.source().equals(source))
                .map(c -> c.line() + " " + c.code()).toList();
        assertEquals(expected, actual);
    }

    @Test
    void realSourcesParseWithoutDiagnostics() {
        assertEquals(List.of(), SOURCES.diagnostics());
    }

    @Test
    void headingWithoutSpaceKeepsItsWholePhrase() {
        Claim claim = find("zh-pdf", 493);
        assertEquals("There are too many connections from your internet address", claim.phrase().orElseThrow());
    }

    @Test
    void namedItemThatLostItsOpeningParenthesisStillHasItsName() {
        assertEquals("HTTP 版本不受⽀持", find("zh-pdf", 97).phrase().orElseThrow());
    }

    @Test
    void wrappedLineStartingWithDigitsContinuesTheEntryBeforeIt() {
        String text = find("zh-pdf", 167).text();
        assertTrue(text.contains("204响应⼀样"), text);
    }

    @Test
    void wrappedLinesAreJoinedWithoutInventedSpaces() {
        String text = find("zh-pdf", 129).text();
        assertTrue(text.contains("假如需要的资源⽆法及时建⽴的话"), text);
    }

    @Test
    void shortListItemDoesNotSwallowTheHeadingAfterIt() {
        assertEquals("服务不可⽤", find("zh-pdf", 9).text());
    }

    @Test
    void tableRowWithoutClosingPipeKeepsItsText() {
        assertTrue(find("zh-table", 19).text().startsWith("与302,303类似"));
    }

    @Test
    void emptyCellsGiveEmptyTextsNotMissingEntries() {
        assertEquals("", find("zh-table", 40).text());
        assertEquals("Request Header Fields Too Large", find("zh-table", 40).phrase().orElseThrow());
    }

    @Test
    void languageFollowsTheTextNotTheSource() {
        assertEquals(Lang.ZH, find("rfc9110-excerpt", 130).lang());
        assertEquals(Lang.EN, find("rfc9110-excerpt", 43).lang());
        assertEquals(Lang.ZH, find("mdn-zh", 1).lang());
    }

    @Test
    void claimsQuoteTheSourceExactlyIncludingRadicals() {
        assertTrue(find("zh-pdf", 5).text().contains("⽹"));
    }

    private static Claim find(String source, int line) {
        return SOURCES.claims().stream().filter(c -> c.source().equals(source) && c.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no claim at " + source + ":" + line));
    }
}

package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.statusdocs.render.SearchDocuments.Entry;
import dev.statusdocs.render.SearchIndex.Field;
import dev.statusdocs.render.SearchIndex.Built;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static final int FIELDS = Field.values().length;
    private static final Entry GATEWAY = new Entry("504", List.of("Gateway Timeout", "网关超时"), List.of(),
            List.of("5xx Server error"), List.of("No answer in time.", "上游没有及时响应。"),
            List.of("When it happens"), List.of("A proxy waited for the gateway.", "网关等待"),
            List.of("http.StatusGatewayTimeout"));
    private static final Entry TEAPOT = new Entry("418", List.of("(Unused)", "（未使用）"), List.of("I'm a teapot"),
            List.of("4xx Client error"), List.of("A joke.", "玩笑。"), List.of(), List.of("<b>", ""), List.of());

    private static int[] postings(Built index, String term) {
        int at = index.terms().indexOf(term);
        return at < 0 ? new int[0] : index.postings().get(at);
    }

    @Test
    void vocabularyIsSortedAndDistinctSoTheBrowserCanBinarySearchIt() {
        Built index = SearchIndex.build(List.of(GATEWAY, TEAPOT));
        List<String> sorted = new ArrayList<>(index.terms());
        sorted.sort(String::compareTo);
        assertEquals(sorted, index.terms());
        assertEquals(index.terms().size(), index.terms().stream().distinct().count());
        assertEquals(index.terms().size(), index.postings().size());
    }

    @Test
    void eachPostingNamesTheCodeAndTheFieldTheTokenIsIn() {
        Built index = SearchIndex.build(List.of(GATEWAY, TEAPOT));
        int gateway = 0;
        assertArrayEquals(new int[] {gateway * FIELDS + Field.NAMES.ordinal(), gateway * FIELDS + Field.BODY.ordinal()},
                postings(index, "gateway"));
        assertArrayEquals(new int[] {gateway * FIELDS + Field.NAMES.ordinal(), gateway * FIELDS + Field.BODY.ordinal()},
                postings(index, "网关"));
        int teapot = 1;
        assertArrayEquals(new int[] {teapot * FIELDS + Field.NAMES.ordinal()}, postings(index, "teapot"));
        assertArrayEquals(new int[] {teapot * FIELDS + Field.CLASS.ordinal()}, postings(index, "4xx"));
        assertArrayEquals(new int[] {gateway * FIELDS + Field.HEADINGS.ordinal()}, postings(index, "happens"));
        assertArrayEquals(new int[] {gateway * FIELDS + Field.CONSTANTS.ordinal()}, postings(index, "statusgatewaytimeout"));
    }

    @Test
    void aPostingRepeatsForEachOccurrenceUpToALimit() {
        Entry often = new Entry("304", List.of("Not Modified", ""), List.of(), List.of(), List.of("", ""), List.of(),
                List.of("etag ".repeat(SearchIndex.MOST_REPEATS + 3) + "once", ""), List.of());
        Built index = SearchIndex.build(List.of(often));
        int body = Field.BODY.ordinal();
        assertEquals(SearchIndex.MOST_REPEATS, postings(index, "etag").length);
        assertEquals(body, postings(index, "etag")[0]);
        assertArrayEquals(new int[] {body}, postings(index, "once"));
    }

    @Test
    void chineseIsIndexedAsCharacterPairsAndNeverAsLatinSubstrings() {
        Built index = SearchIndex.build(List.of(GATEWAY, TEAPOT));
        assertEquals(1, postings(index, "关超").length);
        assertEquals(0, postings(index, "网关超时").length);
        assertEquals(0, postings(index, "ok").length, "'joke' holds 'ok' but is one word");
    }

    @Test
    void anIndexMergedFromBlocksIsTheIndexBuiltWhole() {
        Entry often = new Entry("304", List.of("Not Modified", "未修改"), List.of(), List.of("3xx Redirection"),
                List.of("", ""), List.of(), List.of("A gateway etag etag.", "网关"), List.of());
        List<Entry> entries = List.of(GATEWAY, often, TEAPOT);
        Built whole = SearchIndex.build(entries);
        Built merged = SearchIndex.merge(SearchIndex.build(0, entries.subList(0, 2), SearchIndex::terms),
                SearchIndex.build(2, entries.subList(2, 3), SearchIndex::terms));
        assertEquals(whole.terms(), merged.terms());
        assertEquals(whole.docs(), merged.docs());
        for (int i = 0; i < whole.terms().size(); i++) {
            assertArrayEquals(whole.postings().get(i), merged.postings().get(i), whole.terms().get(i));
        }
        assertArrayEquals(postings(whole, "gateway"), postings(merged, "gateway"));
        assertEquals(3, postings(merged, "gateway").length, "found in two blocks");
    }

    @Test
    void termsAreFrontCodedAndPostingsWrittenAsDifferences() {
        assertEquals("0gate 4way 1et 0网关", SearchIndex.frontCoded(List.of("gate", "gateway", "get", "网关")));
        assertEquals("0abcdefghijk 9jl", SearchIndex.frontCoded(List.of("abcdefghijk", "abcdefghijl")));
        assertEquals("3,2,10", SearchIndex.differences(new int[] {3, 5, 15}));
    }

    @Test
    void scriptAssignsTheGlobalAndCanNeverCloseAScriptElement() {
        String script = new String(SearchIndex.script(List.of(GATEWAY, TEAPOT), (first, block) -> SearchIndex.build(first, block, SearchIndex::terms)), StandardCharsets.UTF_8);
        assertEquals(0, script.indexOf("window." + SearchIndex.GLOBAL + " = "));
        assertFalse(script.contains("<"), script);
    }
}

package dev.statusdocs.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.model.Lang;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {

    @Test
    void chineseTextCountsPairsOfAdjacentHanCharactersAndLatinWords() {
        assertEquals(Map.of("连接", 1, "接超", 1, "超时", 1, "retry", 1, "after", 1, "header", 1),
                TextFeatures.of("连接超时 Retry-After headers", Lang.ZH));
    }

    @Test
    void pairsSpanCharactersOutsideTheBasicPlaneAndRepeatsAreCounted() {
        assertEquals(Map.of("\uD840\uDC00中", 2, "中\uD840\uDC00", 1),
                TextFeatures.of("\uD840\uDC00中\uD840\uDC00，\uD840\uDC00中", Lang.ZH));
    }

    @Test
    void englishTextCountsContentWordsWithoutStopwordsOrShortWords() {
        assertEquals(Map.of("connection", 2, "clos", 1, "kept", 1),
                TextFeatures.of("The server closed the connections; a connection is not kept.", Lang.EN));
    }
}

package dev.statusdocs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary line gives the total, the pages, and the smallest and median count per page. */
class CitationCountTest {
    @Test
    void theMedianOfAnEvenNumberOfPagesIsTheMeanOfTheMiddleTwo() {
        assertEquals("citations: 14 links on 4 pages (per page: min 0, median 2.5)",
                new CitationCount(List.of(9, 0, 3, 2)).summary());
    }

    @Test
    void theMedianOfAnOddNumberOfPagesIsTheMiddleOne() {
        assertEquals("citations: 12 links on 3 pages (per page: min 1, median 2)",
                new CitationCount(List.of(9, 1, 2)).summary());
    }
}

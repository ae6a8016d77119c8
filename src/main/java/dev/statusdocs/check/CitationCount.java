package dev.statusdocs.check;

import java.util.List;

/** How many citation links the pages carry, in all and per page. */
public record CitationCount(List<Integer> perPage) {
    public CitationCount {
        perPage = perPage.stream().sorted().toList();
    }

    public int links() {
        return perPage.stream().mapToInt(Integer::intValue).sum();
    }

    /** One line for check's summary, such as "citations: 812 links on 88 pages (per page: min 2, median 9)". */
    public String summary() {
        if (perPage.isEmpty()) {
            return "citations: 0 links on 0 pages";
        }
        int n = perPage.size();
        int twiceMedian = perPage.get((n - 1) / 2) + perPage.get(n / 2);
        String median = twiceMedian % 2 == 0 ? String.valueOf(twiceMedian / 2) : twiceMedian / 2 + ".5";
        return "citations: " + links() + " links on " + n + " pages (per page: min " + perPage.get(0)
                + ", median " + median + ")";
    }
}

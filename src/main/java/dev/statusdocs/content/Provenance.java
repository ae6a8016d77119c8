package dev.statusdocs.content;

import dev.statusdocs.model.Claim;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The machine-owned part of a page: which source entries speak about its code. Merge rewrites this block
 * and nothing else in a page that exists.
 */
final class Provenance {
    static final String KEY = "provenance:";
    static final String COMMENT = "# written by 'statusdocs merge' from the sources; edits to this block are overwritten";
    private static final Pattern CONTINUATION = Pattern.compile("^(\\s+.*|\\s*-.*|\\s*)$");

    private Provenance() {
    }

    /** The block for these claims, ending with a newline. */
    static String block(List<Claim> claims) {
        StringBuilder out = new StringBuilder(COMMENT).append('\n').append(KEY);
        if (claims.isEmpty()) {
            return out.append(" []\n").toString();
        }
        out.append('\n');
        for (Claim claim : claims) {
            out.append("  - {source: ").append(claim.source()).append(", line: ").append(claim.line())
                    .append(", lang: ").append(claim.lang().tag()).append("}\n");
        }
        return out.toString();
    }

    /**
     * {@code page} with its provenance block replaced by {@code block}, or the block added at the end of the
     * front matter when the page has none. Every other byte of the page is kept.
     */
    static String replaceIn(String page, String block) {
        List<String> lines = List.of(page.split("\n", -1));
        int closing = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FrontMatter.FENCE)) {
                closing = i;
                break;
            }
        }
        if (closing < 0) {
            return page;
        }
        int start = -1;
        for (int i = 1; i < closing; i++) {
            if (lines.get(i).startsWith(KEY)) {
                start = i;
                break;
            }
        }
        int from = start < 0 ? closing : start;
        int to = start < 0 ? closing : start + 1;
        while (start >= 0 && to < closing && CONTINUATION.matcher(lines.get(to)).matches()
                && !lines.get(to).isBlank()) {
            to++;
        }
        if (from > 1 && lines.get(from - 1).equals(COMMENT)) {
            from--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < from; i++) {
            out.append(lines.get(i)).append('\n');
        }
        out.append(block);
        for (int i = to; i < lines.size(); i++) {
            out.append(lines.get(i));
            if (i < lines.size() - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}

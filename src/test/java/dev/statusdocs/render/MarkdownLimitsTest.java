package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pathological pages of issue 22 are refused with a reason before they can exhaust the stack or the clock. */
class MarkdownLimitsTest {
    private final MarkdownEngine engine = new MarkdownEngine();

    private MarkdownLimits.Breach refused(String markdown) {
        return assertThrows(MarkdownLimits.Exceeded.class, () -> engine.parse(markdown)).breach();
    }

    /** The depth of the deepest node, walked without recursion. */
    private static int depth(Node node) {
        int deepest = 0;
        for (Node descendant : node.getDescendants()) {
            int depth = 0;
            for (Node up = descendant; up != node; up = up.getParent()) {
                depth++;
            }
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }

    @Test
    void aThousandNestedQuotesAreRefusedAtTheirLine() {
        MarkdownLimits.Breach breach = refused("Intro.\n\n" + "> ".repeat(1000) + "text");
        assertEquals(2, breach.line());
        assertTrue(breach.message().startsWith("text nested 1000 levels deep"), breach.message());
    }

    @Test
    void aLineOfTenThousandListMarkersIsRefused() {
        MarkdownLimits.Breach breach = refused("- ".repeat(10_000) + "x");
        assertTrue(breach.message().contains("more than 8000 characters without a blank line")
                || breach.message().startsWith("text nested"), breach.message());
    }

    @Test
    void aShorterLineOfListMarkersIsRefusedForItsNesting() {
        assertTrue(refused("- ".repeat(1_000) + "x").message().startsWith("text nested 1000 levels deep"));
    }

    @Test
    void fortyThousandOpenLinksAreRefusedForTheirSize() {
        assertTrue(refused("[a](".repeat(40_000)).message().startsWith("the section has 160000 characters"));
    }

    @Test
    void aLongBlockWithoutBlankLinesIsRefusedAtItsStart() {
        MarkdownLimits.Breach breach = refused("Intro.\n\n" + "[a](".repeat(2_500));
        assertEquals(2, breach.line());
        assertTrue(breach.message().startsWith("a paragraph, list or table of more than"), breach.message());
    }

    @Test
    void indentedListLevelsAreRefusedForTheirNesting() {
        String levels = IntStream.range(0, 150).mapToObj(i -> "  ".repeat(i) + "- x").collect(Collectors.joining("\n"));
        assertTrue(refused(levels).message().startsWith("text nested"));
    }

    @Test
    void twoThousandIndentedListLevelsAreRefused() {
        String levels = IntStream.range(0, 2_000).mapToObj(i -> "  ".repeat(i) + "- x").collect(Collectors.joining("\n"));
        assertTrue(refused(levels).message().startsWith("the section has"));
    }

    @Test
    void aLongRunOfThematicBreakMarksIsRefused() {
        // Flexmark's thematic break pattern recurses once per mark: a few thousand overflow the stack.
        assertTrue(refused("x\n" + "*".repeat(3_000)).message().startsWith("a line that starts with 3000"));
    }

    @Test
    void nestingThatOnlyParsingRevealsIsRefusedAfterParsing() {
        MarkdownLimits.Breach breach = refused("*a ".repeat(1_300) + "x" + " a*".repeat(1_300));
        assertTrue(breach.message().startsWith("Markdown nested more than"), breach.message());
    }

    @Test
    void blocksJustWithinTheLimitsParseIntoABoundedTree() {
        Document tree = engine.parse(("[a](".repeat(1_999) + "\n\n").repeat(6));
        assertTrue(depth(tree) <= MarkdownLimits.MAX_TREE_DEPTH);
        Document quotes = engine.parse("> ".repeat(MarkdownLimits.MAX_NESTING) + "text");
        assertEquals(MarkdownLimits.MAX_NESTING + 2, depth(quotes), "the quotes, a paragraph and its text");
    }

    @Test
    void everyRealPageIsWellWithinTheLimits() throws IOException {
        try (Stream<Path> pages = Files.list(Path.of("content/codes"))) {
            for (Path page : pages.toList()) {
                String text = Files.readString(page);
                assertTrue(MarkdownLimits.beforeParsing(text).isEmpty(), page.toString());
                assertTrue(depth(engine.parse(text)) < MarkdownLimits.MAX_TREE_DEPTH / 4, page.toString());
            }
        }
    }
}

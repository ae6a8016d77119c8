package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.statusdocs.RandomTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's parsing (our inline parser, and no table search in texts without '|') must build exactly the tree
 * Flexmark's own parser builds: same nodes, same source ranges.
 */
class MarkdownParsingTest {
    private static final Parser FLEXMARK = Parser.builder(
            new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();
    private final MarkdownEngine engine = new MarkdownEngine();

    private static String flexmark(String markdown) {
        return tree(FLEXMARK.parse(markdown));
    }

    private String ours(String markdown) {
        return tree(engine.parse(markdown));
    }

    /** Every node with its type and source range, indented by depth. */
    private static String tree(Node root) {
        StringBuilder out = new StringBuilder();
        describe(root, 0, out);
        return out.toString();
    }

    private static void describe(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append(' ')
                .append(node.getStartOffset()).append('-').append(node.getEndOffset()).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            describe(child, depth + 1, out);
        }
    }

    @Test
    void inlineConstructsParseAsFlexmarkParsesThem() {
        List<String> samples = List.of(
                "Use `Retry-After` or ``a ` tick`` and <https://example.com/a?b=c> here.",
                "[429 Too Many Requests](429.md \"title\") and [ref][r] and [r] and ![img](a.png)\n\n[r]: <https://x.example/a b> 'T'",
                "*emphasis*, __strong__, ~~no strike~~, a\\*b, &amp; &#x4E2D; &nbsp; <span class=\"x\">raw</span>",
                "| code | name |\n|---|---|\n| 421 | `Misdirected` [x](x.md) |",
                "- item with [link](<a b.md>)\n  continued `code`\n- 中文 `Host` 头部 [链接](404.md#x)",
                "code | name\n--- | ---\n421 | x",
                "Not a table: a - b\n--- \n\nheading above");
        for (String sample : samples) {
            assertEquals(flexmark(sample), ours(sample), sample);
        }
    }

    @Test
    void randomMarkupParsesAsFlexmarkParsesIt() {
        RandomTexts texts = new RandomTexts(17, "ab [](<>)`*_!:/\"'\\&#;|\n-中", 60);
        for (int round = 0; round < 3_000; round++) {
            String text = texts.next();
            assertEquals(flexmark(text), ours(text), text);
        }
    }

    @Test
    void everyCanonicalPageParsesAsFlexmarkParsesIt() throws IOException {
        try (Stream<Path> pages = Files.list(Path.of("content/codes"))) {
            for (Path page : pages.toList()) {
                String text = Files.readString(page);
                assertEquals(flexmark(text), ours(text), page.toString());
            }
        }
    }
}

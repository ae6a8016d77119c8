package dev.statusdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.statusdocs.RandomTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Our inline parser must build exactly the tree Flexmark's own builds: same nodes, same source ranges. */
class NoCopyInlineParserTest {
    private static final MutableDataSet OPTIONS = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    private static final Parser FLEXMARK = Parser.builder(OPTIONS).build();
    private static final Parser OURS = Parser.builder(OPTIONS)
            .customInlineParserFactory(NoCopyInlineParser.FACTORY)
            .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
            .build();

    /** Every node with its type and source range, indented by depth. */
    private static String tree(String markdown, Parser parser) {
        StringBuilder out = new StringBuilder();
        describe(parser.parse(markdown), 0, out);
        return out.toString();
    }

    private static void describe(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append('\n');
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
                "- item with [link](<a b.md>)\n  continued `code`\n- 中文 `Host` 头部 [链接](404.md#x)");
        for (String sample : samples) {
            assertEquals(tree(sample, FLEXMARK), tree(sample, OURS), sample);
        }
    }

    @Test
    void randomMarkupParsesAsFlexmarkParsesIt() {
        RandomTexts texts = new RandomTexts(17, "ab [](<>)`*_!:/\"'\\&#;|\n-中", 60);
        for (int round = 0; round < 3_000; round++) {
            String text = texts.next();
            assertEquals(tree(text, FLEXMARK), tree(text, OURS), text);
        }
    }

    @Test
    void everyCanonicalPageParsesAsFlexmarkParsesIt() throws IOException {
        try (Stream<Path> pages = Files.list(Path.of("content/codes"))) {
            for (Path page : pages.toList()) {
                String text = Files.readString(page);
                assertEquals(tree(text, FLEXMARK), tree(text, OURS), page.toString());
            }
        }
    }
}

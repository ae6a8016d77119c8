package dev.statusdocs.sources;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.text.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article extracted from a PDF. Three entry shapes occur, each starting a line:
 * <ul>
 *   <li>a list item {@code 404 - text};</li>
 *   <li>a list item with the name in parentheses {@code 404 (未找到) text} (the opening parenthesis
 *       is sometimes lost in extraction);</li>
 *   <li>a heading {@code 404 Not Found} on a line of its own, with prose on the lines after it.</li>
 * </ul>
 * Class lines ({@code 2xx - 成功}, {@code 3系列(重定向)}) end the entry before them and are not entries.
 * A wrapped line that happens to start with digits ({@code 204响应一样}) is prose, not an entry: the code
 * must be followed by a space, a parenthesis or a Latin-script heading.
 */
final class PdfArticleParser implements SourceParser {
    private static final Pattern DASH_ITEM = Pattern.compile("^(\\d{3}) - (.*)$");
    private static final Pattern NAMED_ITEM = Pattern.compile("^(\\d{3}) \\(?([^()]+)\\)\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(\\d{3})(?!\\d) ?([A-Za-z][A-Za-z0-9 '’\\-]*)$");
    private static final Pattern CLASS_LINE = Pattern.compile("^(\\dxx\\b|\\d{1,2}系列).*");
    private static final Pattern CHINESE_NAME_PREFIX = Pattern.compile("^\\d{3} \\(?[^()]*\\p{IsHan}");

    /** Characters on a full line of the extracted page; shorter lines were not wrapped. */
    private static final int WRAP_WIDTH = 40;

    private enum Shape { LIST_ITEM, HEADING }

    /** What the first line of an entry says. */
    private record Start(int line, int code, String phrase, Shape shape, String firstText) {
        String style() {
            return shape + (phrase == null ? ":plain" : ":named");
        }
    }

    /** An entry being read: its start and the text gathered so far. */
    private record Open(Start start, int section, WrappedText text) {
    }

    @Override
    public ParseResult parse(SourceSpec spec, String text) {
        List<Claim> claims = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Open open = null;
        String lastStyle = "";
        int section = -1;
        List<String> lines = Lines.of(text);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            Start start = startOf(line, n + 1);
            boolean classLine = start == null && CLASS_LINE.matcher(line).matches();
            boolean continues = open != null && start == null && !classLine
                    && (open.start().shape() == Shape.HEADING || wrapsOnto(open, line));
            if (continues) {
                open.text().add(line);
                continue;
            }
            close(spec, open, claims);
            open = null;
            if (start != null) {
                if (!start.style().equals(lastStyle)) {
                    section++;
                    lastStyle = start.style();
                }
                open = new Open(start, section, new WrappedText());
                open.text().add(start.firstText());
            } else if (!classLine) {
                Untaken.check(spec, n + 1, lines.get(n)).ifPresent(diagnostics::add);
            }
        }
        close(spec, open, claims);
        return new ParseResult(claims, diagnostics);
    }

    /**
     * A list item is one line unless it was cut off by the page width: its line is long and stops
     * mid-sentence. A short item without a full stop ({@code 503 - 服务不可用}) is complete.
     */
    private static boolean wrapsOnto(Open item, String nextLine) {
        return item.text().length() >= WRAP_WIDTH && !item.text().endsSentence() && !nextLine.isEmpty();
    }

    private static Start startOf(String line, int lineNumber) {
        Matcher dash = DASH_ITEM.matcher(line);
        if (dash.matches()) {
            return new Start(lineNumber, Integer.parseInt(dash.group(1)), null, Shape.LIST_ITEM, dash.group(2));
        }
        Matcher named = NAMED_ITEM.matcher(line);
        if (named.matches() && CHINESE_NAME_PREFIX.matcher(line).find()) {
            return new Start(lineNumber, Integer.parseInt(named.group(1)), named.group(2).strip(),
                    Shape.LIST_ITEM, named.group(3));
        }
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            return new Start(lineNumber, Integer.parseInt(heading.group(1)), heading.group(2).strip(),
                    Shape.HEADING, "");
        }
        return null;
    }

    private static void close(SourceSpec spec, Open entry, List<Claim> claims) {
        if (entry == null) {
            return;
        }
        Start start = entry.start();
        String text = entry.text().toString();
        claims.add(new Claim(spec.id(), spec.file(), start.line(), start.code(), Optional.ofNullable(start.phrase()),
                Script.guess(text, spec.primaryLanguage()), text, entry.section()));
    }
}

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
 * RFC-style Markdown: each code is a heading such as {@code ### 404 Not Found}; its text is everything up
 * to the next heading of the same or a higher level, or a thematic break. Paragraphs are kept apart by a
 * blank line. Headings of other shapes ({@code ## Client Error 4xx}) are never entries.
 */
final class RfcHeadingsParser implements SourceParser {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern CODE_TITLE = Pattern.compile("^(\\d{3})(?!\\d)\\s*(.*)$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^(-{3,}|\\*{3,}|_{3,})$");

    @Override
    public ParseResult parse(SourceSpec spec, String text) {
        List<String> lines = Lines.of(text);
        List<Claim> claims = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int entryLine = 0;
        int entryLevel = 0;
        int code = 0;
        String phrase = null;
        List<String> body = new ArrayList<>();
        for (int n = 0; n <= lines.size(); n++) {
            String line = n < lines.size() ? lines.get(n).strip() : "";
            Matcher heading = HEADING.matcher(line);
            boolean endsEntry = n == lines.size() || THEMATIC_BREAK.matcher(line).matches()
                    || heading.matches() && heading.group(1).length() <= Math.max(entryLevel, 1);
            if (entryLine > 0 && endsEntry) {
                String entryText = String.join("\n", body).strip().replaceAll("\n{3,}", "\n\n");
                claims.add(new Claim(spec.id(), spec.file(), entryLine, code, Optional.ofNullable(phrase),
                        Script.guess(entryText, spec.primaryLanguage()), entryText, 0));
                entryLine = 0;
                entryLevel = 0;
                body.clear();
            }
            if (heading.matches()) {
                Matcher codeTitle = CODE_TITLE.matcher(heading.group(2));
                if (codeTitle.matches() && entryLine == 0) {
                    entryLine = n + 1;
                    entryLevel = heading.group(1).length();
                    code = Integer.parseInt(codeTitle.group(1));
                    phrase = codeTitle.group(2);
                    continue;
                }
            }
            if (entryLine > 0) {
                body.add(line);
            } else if (n < lines.size()) {
                Untaken.check(spec, n + 1, lines.get(n)).ifPresent(diagnostics::add);
            }
        }
        return new ParseResult(claims, diagnostics);
    }
}

package dev.statusdocs.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The syntax of RFC 9112: start lines, field lines, the blank line, the body. One parser per text. */
final class HttpParser {
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VERSION = Pattern.compile("HTTP/[0-9]\\.[0-9]");
    private static final Pattern STATUS = Pattern.compile("[0-9]{3}");
    private static final Pattern TARGET = Pattern.compile("[!-~]+");
    /** Field values and reason phrases: tabs, spaces, visible ASCII and obs-text (anything past ASCII). */
    private static final Pattern TEXT = Pattern.compile("[\\t\\x{20}-\\x{7E}\\x{80}-\\x{10FFFF}]*");
    private static final String OWS = " \t";

    private final List<String> lines;
    private final List<HttpMessage> messages = new ArrayList<>();
    private final List<HttpSpan> spans = new ArrayList<>();
    private final List<HttpProblem> problems = new ArrayList<>();

    HttpParser(String text) {
        String trimmed = text.replace("\r\n", "\n").replaceAll("\n+$", "");
        this.lines = List.of(trimmed.split("\n", -1));
    }

    HttpExchange parse() {
        int start = 0;
        while (start < lines.size()) {
            int end = nextStart(start + 1);
            message(start, end);
            start = end;
        }
        return new HttpExchange(messages, spans, problems);
    }

    /** The first line from {@code from} on that begins with {@code HTTP/} after a blank line, or the end. */
    private int nextStart(int from) {
        for (int i = Math.max(from, 1); i < lines.size(); i++) {
            if (lines.get(i).startsWith("HTTP/") && lines.get(i - 1).isEmpty()) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * The start line, fields and body from line {@code start} (0-based) up to the next message at {@code end}. Every
     * line but the text's first is preceded by a line break span.
     */
    private void message(int start, int end) {
        if (start > 0) {
            spans.add(new HttpSpan("plain", "\n"));
        }
        Optional<StartLine> startLine = startLine(start);
        // The blank line before the next message separates the two; it belongs to neither.
        int last = end < lines.size() ? end - 1 : end;
        int blank = start + 1;
        List<HttpMessage.Field> fields = new ArrayList<>();
        for (; blank < last && !lines.get(blank).isEmpty(); blank++) {
            spans.add(new HttpSpan("plain", "\n"));
            field(blank).ifPresent(fields::add);
        }
        if (blank < last) {
            spans.add(new HttpSpan("plain", "\n"));
        }
        List<String> bodyLines = blank + 1 < last ? lines.subList(blank + 1, last) : List.of();
        String body = String.join("\n", bodyLines);
        if (!bodyLines.isEmpty()) {
            spans.add(new HttpSpan("plain", "\n"));
            spans.add(new HttpSpan("body", body));
        }
        if (last < end) {
            spans.add(new HttpSpan("plain", "\n"));
        }
        int bodyLine = blank + 2;
        startLine.ifPresent(s -> messages.add(new HttpMessage(s.request, start + 1, s.method, s.target, s.version,
                s.status, s.reason, s.reasonColumn, fields, body, bodyLine)));
    }

    private record StartLine(boolean request, String method, String target, String version, int status,
                             String reason, int reasonColumn) {
    }

    private Optional<StartLine> startLine(int index) {
        String line = lines.get(index);
        if (line.startsWith("HTTP/")) {
            return statusLine(index, line);
        }
        return requestLine(index, line);
    }

    /** {@code method SP request-target SP HTTP-version}. */
    private Optional<StartLine> requestLine(int index, String line) {
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || line.isEmpty()) {
            spans.add(new HttpSpan("plain", line));
            problem(index, 1, "expected a request line 'METHOD target HTTP/1.1' or a status line 'HTTP/1.1 200 OK'",
                    "a message starts with its start line; the three parts of a request line are separated by"
                            + " single spaces (RFC 9112, Section 3)");
            return Optional.empty();
        }
        int targetColumn = parts[0].length() + 2;
        int versionColumn = targetColumn + parts[1].length() + 1;
        spans.add(new HttpSpan("method", parts[0]));
        spans.add(new HttpSpan("plain", " "));
        spans.add(new HttpSpan("target", parts[1]));
        spans.add(new HttpSpan("plain", " "));
        spans.add(new HttpSpan("version", parts[2]));
        boolean ok = expect(TOKEN, parts[0], index, 1, "the method '" + parts[0] + "' is not a token",
                "methods are made of letters, digits and !#$%&'*+-.^_`|~, such as GET (RFC 9110, Section 9)");
        ok &= expect(TARGET, parts[1], index, targetColumn, "the request target holds a character HTTP does not allow",
                "percent-encode spaces and other characters outside visible ASCII (RFC 9112, Section 3.2)");
        ok &= version(parts[2], index, versionColumn);
        return ok ? Optional.of(new StartLine(true, parts[0], parts[1], parts[2], 0, "", 0)) : Optional.empty();
    }

    /** {@code HTTP-version SP status-code SP [reason-phrase]}. */
    private Optional<StartLine> statusLine(int index, String line) {
        int space = line.indexOf(' ');
        String version = space < 0 ? line : line.substring(0, space);
        spans.add(new HttpSpan("version", version));
        boolean ok = version(version, index, 1);
        if (space < 0) {
            return Optional.empty();
        }
        String rest = line.substring(space + 1);
        String code = rest.length() >= 3 ? rest.substring(0, 3) : rest;
        spans.add(new HttpSpan("plain", " "));
        spans.add(new HttpSpan("status", code));
        int codeColumn = space + 2;
        if (!STATUS.matcher(code).matches() || (rest.length() > 3 && rest.charAt(3) != ' ')) {
            problem(index, codeColumn, "a status code is three digits followed by a space",
                    "write it as 'HTTP/1.1 404 Not Found' (RFC 9112, Section 4)");
            spans.add(new HttpSpan("plain", rest.substring(code.length())));
            return Optional.empty();
        }
        if (rest.length() == 3) {
            problem(index, codeColumn + 3, "the space after the status code is missing",
                    "the space is required even when no reason phrase follows (RFC 9112, Section 4)");
            return Optional.empty();
        }
        String reason = rest.substring(4);
        spans.add(new HttpSpan("plain", " "));
        if (!reason.isEmpty()) {
            spans.add(new HttpSpan("reason", reason));
        }
        ok &= expect(TEXT, reason, index, codeColumn + 4, "the reason phrase holds a control character",
                "a reason phrase is text on one line (RFC 9112, Section 4)");
        return ok ? Optional.of(new StartLine(false, "", "", version, Integer.parseInt(code), reason, codeColumn + 4))
                : Optional.empty();
    }

    private boolean version(String version, int index, int column) {
        return expect(VERSION, version, index, column, "'" + version + "' is not an HTTP version",
                "write the version as HTTP/1.1 (RFC 9112, Section 2.3)");
    }

    /** {@code field-name ":" OWS field-value OWS}. */
    private Optional<HttpMessage.Field> field(int index) {
        String line = lines.get(index);
        if (OWS.indexOf(line.charAt(0)) >= 0) {
            spans.add(new HttpSpan("plain", line));
            problem(index, 1, "a field line starts with whitespace (obsolete line folding)",
                    "write each field on one line; RFC 9112, Section 5.2 forbids folding");
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            spans.add(new HttpSpan("plain", line));
            problem(index, 1, "expected a field line 'Name: value'",
                    "a blank line ends the header section; the body follows it (RFC 9112, Section 2.1)");
            return Optional.empty();
        }
        String name = line.substring(0, colon);
        String rawValue = line.substring(colon + 1);
        String value = strip(rawValue);
        int leading = value.isEmpty() ? rawValue.length() : rawValue.indexOf(value);
        int valueColumn = colon + 2 + leading;
        spans.add(new HttpSpan("name", name));
        spans.add(new HttpSpan("plain", ":" + rawValue.substring(0, leading)));
        if (!value.isEmpty()) {
            spans.add(new HttpSpan("value", value));
        }
        String trailing = rawValue.substring(Math.min(rawValue.length(), leading + value.length()));
        if (!trailing.isEmpty()) {
            spans.add(new HttpSpan("plain", trailing));
        }
        if (!name.isEmpty() && OWS.indexOf(name.charAt(name.length() - 1)) >= 0) {
            problem(index, name.stripTrailing().length() + 1, "whitespace between the field name and the colon",
                    "write 'Name: value'; RFC 9112, Section 5.1 tells servers to reject such a message");
            return Optional.empty();
        }
        boolean ok = expect(TOKEN, name, index, 1, "the field name '" + name + "' is not a token",
                "field names are made of letters, digits and !#$%&'*+-.^_`|~ (RFC 9110, Section 5.1)");
        ok &= expect(TEXT, value, index, valueColumn, "the value of " + name + " holds a control character",
                "a field value is text on one line (RFC 9110, Section 5.5)");
        return ok ? Optional.of(new HttpMessage.Field(name, value, index + 1, 1, valueColumn)) : Optional.empty();
    }

    /** The text without the spaces and tabs (OWS) around it; {@link String#strip} would take more. */
    private static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && OWS.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && OWS.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return text.substring(from, to);
    }

    private boolean expect(Pattern pattern, String text, int index, int column, String message, String hint) {
        if (pattern.matcher(text).matches()) {
            return true;
        }
        problem(index, column, message, hint);
        return false;
    }

    private void problem(int index, int column, String message, String hint) {
        problems.add(new HttpProblem(index + 1, column, message, hint));
    }
}

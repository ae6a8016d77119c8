package dev.statusdocs.http;

import java.util.List;

/**
 * An exchange's text read as HTTP/1.1 messages: a message starts on the first line and on every line that begins
 * with {@code HTTP/} after a blank line; what follows a message's header section up to the blank line before the
 * next message is its body.
 */
public record HttpExchange(List<HttpMessage> messages, List<HttpSpan> spans, List<HttpProblem> problems) {

    public HttpExchange {
        messages = List.copyOf(messages);
        spans = List.copyOf(spans);
        problems = List.copyOf(problems);
    }

    /** The text parsed; line breaks at its end are ignored, a CR before an LF too. */
    public static HttpExchange parse(String text) {
        return new HttpParser(text).parse();
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}

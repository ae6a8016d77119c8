package dev.statusdocs.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * What RFC 9110 and 9112 require of parsed messages beyond their syntax: a Host field in every request, a body
 * whose length agrees with Content-Length, no content where a response may carry none, and reason phrases as the
 * registry names them.
 */
public final class MessageRules {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    /** RFC 9110, Section 6.4.1: these responses, 1xx ones and any response to HEAD never carry content. */
    private static final int NO_CONTENT = 204;
    private static final int NOT_MODIFIED = 304;

    private final IntFunction<Optional<String>> registeredName;

    /** @param registeredName a code's name in the registry, or empty when it is not registered */
    public MessageRules(IntFunction<Optional<String>> registeredName) {
        this.registeredName = registeredName;
    }

    public List<HttpProblem> check(HttpExchange exchange) {
        List<HttpProblem> problems = new ArrayList<>();
        HttpMessage request = null;
        for (HttpMessage message : exchange.messages()) {
            if (message.request()) {
                request = message;
                host(message, problems);
            } else {
                reason(message, problems);
            }
            contentLength(message, request, problems);
        }
        return problems;
    }

    private static void host(HttpMessage request, List<HttpProblem> problems) {
        int hosts = request.fields("Host").size();
        if (hosts != 1) {
            problems.add(new HttpProblem(request.line(), 1, hosts == 0 ? "the request has no Host field"
                    : "the request has " + hosts + " Host fields",
                    "an HTTP/1.1 request carries exactly one Host field (RFC 9112, Section 3.2)"));
        }
    }

    private void reason(HttpMessage response, List<HttpProblem> problems) {
        Optional<String> name = registeredName.apply(response.status());
        if (!response.reason().isEmpty() && name.isPresent() && !name.get().equals(response.reason())) {
            problems.add(new HttpProblem(response.line(), response.reasonColumn(),
                    "the reason phrase '" + response.reason() + "' is not the registered name of "
                            + response.status() + ", '" + name.get() + "'",
                    "write the name as content/registry.csv has it, or leave the phrase out"));
        }
    }

    /** RFC 9110, Section 8.6 and RFC 9112, Section 6: how long a message's content is, and where there is none. */
    private static void contentLength(HttpMessage message, HttpMessage request, List<HttpProblem> problems) {
        List<HttpMessage.Field> lengths = message.fields("Content-Length");
        boolean chunked = message.field("Transfer-Encoding").isPresent();
        boolean noContent = !message.request() && (message.status() / 100 == 1 || message.status() == NO_CONTENT);
        boolean toHead = !message.request() && request != null && request.method().equals("HEAD");
        boolean headOrNotModified = toHead || (!message.request() && message.status() == NOT_MODIFIED);
        if ((noContent || headOrNotModified) && !message.body().isEmpty()) {
            String which = toHead ? "a response to HEAD" : "a " + message.status() + " response";
            problems.add(new HttpProblem(message.bodyLine(), 1, which + " has no content, but a body follows",
                    "remove the body (RFC 9110, Section 6.4.1)"));
        }
        if (noContent && !lengths.isEmpty()) {
            problems.add(new HttpProblem(lengths.get(0).line(), 1, "a " + message.status()
                    + " response must not carry Content-Length", "remove it (RFC 9110, Section 8.6)"));
            return;
        }
        if (lengths.size() > 1) {
            problems.add(new HttpProblem(lengths.get(1).line(), 1, "Content-Length is given twice",
                    "give it once (RFC 9112, Section 6.3)"));
            return;
        }
        if (chunked && !lengths.isEmpty()) {
            problems.add(new HttpProblem(lengths.get(0).line(), 1, "Content-Length next to Transfer-Encoding",
                    "a sender must not send both (RFC 9112, Section 6.2)"));
            return;
        }
        if (lengths.isEmpty()) {
            if (!message.body().isEmpty() && !chunked) {
                problems.add(new HttpProblem(message.bodyLine(), 1, "the body's length is not given",
                        "add Content-Length with the body's length in bytes (RFC 9112, Section 6.2)"));
            }
            return;
        }
        HttpMessage.Field length = lengths.get(0);
        if (!DIGITS.matcher(length.value()).matches()) {
            problems.add(new HttpProblem(length.line(), length.valueColumn(),
                    "Content-Length '" + length.value() + "' is not a number of bytes", "write digits only"));
            return;
        }
        long declared = Long.parseLong(length.value());
        long actual = message.body().getBytes(StandardCharsets.UTF_8).length;
        // The body may be left out where none follows in HTTP itself, or where the client waits for 100 first.
        boolean bodyWithheld = headOrNotModified || message.lists("Expect", "100-continue");
        if (declared != actual && !(actual == 0 && bodyWithheld)) {
            problems.add(new HttpProblem(length.line(), length.valueColumn(), "Content-Length says " + declared
                    + " bytes, but the body has " + actual,
                    "count the body in UTF-8 bytes, each line break inside it as one byte (LF), the last line's"
                            + " break not at all"));
        }
    }
}

package dev.statusdocs.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape of an example exchange: one request, then its responses, every one but the last interim (1xx), and
 * among them the code the example is for, as a response's status or as a status line inside a body (WebDAV's
 * Multi-Status reports a status per resource that way). A lone response, sent where no request arrived, is an
 * exchange too.
 */
public final class ExchangeRules {
    private ExchangeRules() {
    }

    public static List<HttpProblem> check(HttpExchange exchange, int code) {
        List<HttpProblem> problems = new ArrayList<>();
        List<HttpMessage> messages = exchange.messages();
        if (messages.isEmpty()) {
            return problems;
        }
        if (!messages.get(0).request() && messages.size() > 1) {
            problems.add(new HttpProblem(1, 1, "an example starts with the request",
                    "write the request, a blank line, then the responses; only a lone response may stand alone"));
        }
        List<HttpMessage> responses = messages.stream().filter(m -> !m.request()).toList();
        messages.stream().skip(1).filter(HttpMessage::request).findFirst().ifPresent(second ->
                problems.add(new HttpProblem(second.line(), 1, "a second request in one example",
                        "give each request its own example; after the request come only responses, each"
                                + " starting with HTTP/ after a blank line")));
        for (int i = 0; i + 1 < responses.size(); i++) {
            HttpMessage interim = responses.get(i);
            if (interim.status() / 100 != 1) {
                problems.add(new HttpProblem(interim.line(), 1, "a " + interim.status()
                        + " response is final, but another response follows it",
                        "only interim (1xx) responses come before the final one (RFC 9110, Section 15.2)"));
            }
        }
        if (responses.isEmpty()) {
            problems.add(new HttpProblem(messages.get(0).line(), 1, "the example has no response",
                    "add a blank line and the response, starting with HTTP/1.1 " + code));
        } else if (responses.stream().noneMatch(r -> r.status() == code || reportsInBody(r, code))) {
            HttpMessage last = responses.get(responses.size() - 1);
            problems.add(new HttpProblem(last.line(), last.reasonColumn() - 4, "no response in the example has the"
                    + " status code " + code + ", the code it is listed under",
                    "list the example under the code its response carries"));
        }
        return problems;
    }

    private static boolean reportsInBody(HttpMessage response, int code) {
        return Pattern.compile("HTTP/[0-9]\\.[0-9] " + code + "\\b").matcher(response.body()).find();
    }
}

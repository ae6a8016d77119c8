package dev.statusdocs.registry;

import dev.statusdocs.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Reference field as IANA writes it: one or more documents in brackets, such as
 * {@code [RFC9110, Section 15.2.1]} or {@code [RFC2774][status-change-http-experiments-to-historic]}.
 */
final class IanaReference {
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]+)]");
    private static final Pattern RFC = Pattern.compile("RFC(\\d+)(?:, Section ([0-9A-Z]+(?:\\.[0-9]+)*))?");

    private IanaReference() {
    }

    /** The documents in brackets, or empty when the field is not a run of bracketed documents. */
    static Optional<List<String>> documents(String reference) {
        List<String> documents = new ArrayList<>();
        Matcher bracketed = BRACKETED.matcher(reference);
        int end = 0;
        while (bracketed.find() && bracketed.start() == end) {
            documents.add(bracketed.group(1));
            end = bracketed.end();
        }
        return end == reference.length() && !documents.isEmpty() ? Optional.of(documents) : Optional.empty();
    }

    /**
     * The label and link pages show for a document that is an RFC or one of its sections: {@code RFC9110, Section
     * 15.2.1} is "RFC 9110, Section 15.2.1" at rfc-editor.org; anything else has none.
     */
    static Optional<Spec> spec(String document) {
        Matcher rfc = RFC.matcher(document);
        if (!rfc.matches()) {
            return Optional.empty();
        }
        String url = "https://www.rfc-editor.org/rfc/rfc" + rfc.group(1) + ".html";
        return Optional.of(rfc.group(2) == null ? new Spec("RFC " + rfc.group(1), url)
                : new Spec("RFC " + rfc.group(1) + ", Section " + rfc.group(2), url + "#section-" + rfc.group(2)));
    }
}

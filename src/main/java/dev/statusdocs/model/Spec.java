package dev.statusdocs.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reference to the section of a specification that defines a code. */
public record Spec(String label, String url) {
    private static final Pattern RFC_SECTION = Pattern.compile("RFC (\\d+), Section ([\\d.]+)");

    /** An RFC and one of its sections, as a label such as "RFC 9110, Section 15.5.20" names them. */
    public record RfcSection(String rfc, String section) {
    }

    /** The RFC and section a label names, when it is written as "RFC N, Section S"; drafts and others are not. */
    public static Optional<RfcSection> rfcSection(String label) {
        Matcher matcher = RFC_SECTION.matcher(label);
        return matcher.matches() ? Optional.of(new RfcSection(matcher.group(1), matcher.group(2))) : Optional.empty();
    }
}

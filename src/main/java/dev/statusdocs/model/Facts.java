package dev.statusdocs.model;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts panel's data: a year per RFC, the header fields codes involve with the section defining each, and the
 * facts of each registered code.
 */
public record Facts(SortedMap<Integer, Integer> rfcYears, SortedMap<String, Spec> headers,
                    SortedMap<Integer, CodeFacts> codes) {
    private static final Pattern RFC = Pattern.compile("\\bRFC (\\d+)\\b");

    public static final Facts NONE = new Facts(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());

    public Facts {
        rfcYears = Collections.unmodifiableSortedMap(new TreeMap<>(rfcYears));
        headers = Collections.unmodifiableSortedMap(new TreeMap<>(headers));
        codes = Collections.unmodifiableSortedMap(new TreeMap<>(codes));
    }

    public Optional<CodeFacts> find(int code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** The first RFC a label such as "RFC 9110, Section 15.4.2" names. */
    public static Optional<Integer> rfcNumber(String label) {
        Matcher rfc = RFC.matcher(label);
        return rfc.find() ? Optional.of(Integer.parseInt(rfc.group(1))) : Optional.empty();
    }

    /** The year the RFC a label names was published, where the table has it. */
    public Optional<Integer> year(String label) {
        return rfcNumber(label).map(rfcYears::get);
    }
}

package dev.statusdocs.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a developer checks at a glance about one registered code, from {@code content/facts.yaml}.
 *
 * @param headers header field names, each in the header table of {@link Facts}
 */
public record CodeFacts(int code, Cacheable cacheable, List<String> headers, Retry retry, List<Sender> senders) {

    public CodeFacts {
        headers = List.copyOf(headers);
        senders = List.copyOf(senders);
    }

    /** Whether a cache may store the response without being told to (RFC 9111 Section 3; RFC 9110 Section 15.1). */
    public enum Cacheable { BY_DEFAULT, EXPLICIT_ONLY, NEVER, REFRESHES }

    /** Whether a client may send the request again on its own, and on what condition. */
    public enum Retry { NOT_APPLICABLE, NOT_AUTOMATICALLY, AS_IS, AFTER_DELAY, AFTER_CHANGING_REQUEST, FOLLOW_LOCATION }

    /** Who usually sends the code. */
    public enum Sender { ORIGIN_SERVER, FRAMEWORK, PROXY, GATEWAY, CDN }

    /** The id a data file and the UI strings use: the constant's name in lower case with hyphens. */
    public static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> fromId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(v -> id(v).equals(id)).findFirst();
    }

    public static <E extends Enum<E>> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CodeFacts::id).toList();
    }
}

package dev.statusdocs.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Which addresses the site may write into an {@code href} or {@code src}. The decision is made on what a browser
 * would read, not on the text as written: the address is also judged with character references and
 * percent-escapes decoded, and with every control character and space removed (browsers drop tabs and newlines
 * anywhere in a URL and control characters and spaces around it, see the WHATWG URL standard). Any of those
 * readings with a scheme outside the allow-list rejects the address.
 */
final class UrlPolicy {
    /** Links and images in pages: web and mail addresses, and addresses relative to the page. */
    static final UrlPolicy PAGE_LINKS = new UrlPolicy(Set.of("http", "https", "mailto"), true,
            "use an http:, https: or mailto: address, or one relative to the page such as 404.md or #section");
    /** Addresses in site.yaml, from which every page's links are built. */
    static final UrlPolicy WEB_ADDRESSES = new UrlPolicy(Set.of("http", "https"), false,
            "write a full http:// or https:// address");

    /** More rounds than any real address needs; an address still changing after them is refused. */
    private static final int MAX_DECODING_ROUNDS = 4;
    private static final int SHOWN_LENGTH = 80;
    /** Far longer than any address a page needs, and short enough that judging every link stays cheap. */
    static final int MAX_LENGTH = 2_048;

    private final Set<String> schemes;
    private final boolean relativeAllowed;
    private final String hint;

    private UrlPolicy(Set<String> schemes, boolean relativeAllowed, String hint) {
        this.schemes = schemes;
        this.relativeAllowed = relativeAllowed;
        this.hint = hint;
    }

    /** What to do instead of a rejected address. */
    String hint() {
        return hint;
    }

    /** Why the site may not emit this address, or empty when it may. */
    Optional<String> rejection(String url) {
        if (url.length() > MAX_LENGTH) {
            return Optional.of("the address " + shown(url) + " is longer than " + MAX_LENGTH + " characters");
        }
        Set<String> readings = readings(url);
        if (readings.isEmpty()) {
            return Optional.of("the address " + shown(url) + " is encoded over and over");
        }
        for (String reading : readings) {
            Optional<String> scheme = scheme(reading);
            if (scheme.isPresent() && !schemes.contains(scheme.get())) {
                return Optional.of("the address " + shown(url) + " uses the scheme '" + scheme.get()
                        + ":', which the site does not allow");
            }
            if (scheme.isEmpty() && !relativeAllowed) {
                return Optional.of("the address " + shown(url) + " is not a full http or https address");
            }
            if (scheme.isEmpty() && startsWithTwoSlashes(reading)) {
                return Optional.of("the address " + shown(url) + " leaves out its scheme");
            }
        }
        return Optional.empty();
    }

    /**
     * The address as written and as decoded, each without control characters and spaces; empty when decoding
     * does not settle within a few rounds.
     */
    private static Set<String> readings(String url) {
        Set<String> readings = new LinkedHashSet<>();
        String current = url;
        for (int round = 0; round < MAX_DECODING_ROUNDS; round++) {
            readings.add(withoutSpaces(current));
            String decoded = percentDecoded(Parser.unescapeEntities(current, true));
            if (decoded.equals(current)) {
                return readings;
            }
            current = decoded;
        }
        return Set.of();
    }

    /** Percent-escapes decoded; an address with a broken escape is left as it is, as browsers leave it. */
    private static String percentDecoded(String url) {
        if (url.indexOf('%') < 0) {
            return url;
        }
        try {
            // URLDecoder reads '+' as a space, which a URL does not.
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String withoutSpaces(String url) {
        StringBuilder kept = new StringBuilder(url.length());
        url.codePoints()
                .filter(c -> c > ' ' && !Character.isISOControl(c) && !Character.isWhitespace(c)
                        && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The scheme as a browser reads it: a letter, then letters, digits, '+', '-' or '.', then ':'. */
    private static Optional<String> scheme(String url) {
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
            return Optional.empty();
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return Optional.of(url.substring(0, i).toLowerCase(Locale.ROOT));
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** "//host/path" (browsers read backslashes as slashes here) takes the scheme of the page, file: offline. */
    private static boolean startsWithTwoSlashes(String url) {
        return url.length() >= 2 && (url.charAt(0) == '/' || url.charAt(0) == '\\')
                && (url.charAt(1) == '/' || url.charAt(1) == '\\');
    }

    /** The address quoted for a message, control characters made visible and long ones cut. */
    private static String shown(String url) {
        StringBuilder out = new StringBuilder("'");
        url.codePoints().limit(SHOWN_LENGTH).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(url.codePointCount(0, url.length()) > SHOWN_LENGTH ? "…'" : "'").toString();
    }
}

package dev.statusdocs.vendors;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** A documentation address the data file may hold: a full https address that parses as a URI with a host. */
final class WebAddress {
    /** As long as the site lets any address be. */
    private static final int MAX_LENGTH = 2_048;

    private WebAddress() {
    }

    /** Why the address is refused, or empty when it is fine. */
    static Optional<String> rejection(String url) {
        if (url.length() > MAX_LENGTH) {
            return Optional.of("the address is longer than " + MAX_LENGTH + " characters");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https")) {
                return Optional.of("'" + url + "' is not an https:// address");
            }
            if (uri.getHost() == null) {
                return Optional.of("'" + url + "' names no host");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("'" + url + "' is not a valid address: " + e.getReason());
        }
    }
}

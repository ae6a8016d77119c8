package dev.statusdocs.model;

import java.util.Locale;

/** Where a code stands: registered and in use, reserved, or not an HTTP status at all. */
public enum Standing {
    STANDARD, DEPRECATED, UNUSED, OBSOLETED, TEMPORARY, UNOFFICIAL, INVALID;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Standing fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** Standing of a code the registry does not hold. */
    public static Standing forUnregistered(int code) {
        return code >= 100 && code <= 599 ? UNOFFICIAL : INVALID;
    }
}

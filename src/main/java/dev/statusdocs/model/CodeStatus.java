package dev.statusdocs.model;

import java.util.Locale;

/** Where a code stands: registered and in use, reserved, or not an HTTP status at all. */
public enum CodeStatus {
    STANDARD, DEPRECATED, UNUSED, OBSOLETED, TEMPORARY, UNOFFICIAL, INVALID;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CodeStatus fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** CodeStatus of a code the registry does not hold. */
    public static CodeStatus forUnregistered(int code) {
        return code >= 100 && code <= 599 ? UNOFFICIAL : INVALID;
    }
}

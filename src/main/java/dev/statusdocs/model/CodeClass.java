package dev.statusdocs.model;

/** Helpers for the class of a status code, given by its first digit. */
public final class CodeClass {
    private CodeClass() {
    }

    public static boolean isInRange(int code) {
        return code >= 100 && code <= 599;
    }

    /** "4xx" for 404; codes outside 100–599 have no class and give "invalid". */
    public static String of(int code) {
        return isInRange(code) ? (code / 100) + "xx" : "invalid";
    }
}

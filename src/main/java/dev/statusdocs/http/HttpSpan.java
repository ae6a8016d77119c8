package dev.statusdocs.http;

/**
 * A run of an exchange's text with what it is: {@code method}, {@code target}, {@code version}, {@code status},
 * {@code reason}, {@code name} (a field name), {@code value} (a field value), {@code body}, or {@code plain} for
 * separators and line breaks. The spans of a text, joined, give the text back.
 */
public record HttpSpan(String kind, String text) {
    public boolean plain() {
        return kind.equals("plain");
    }
}

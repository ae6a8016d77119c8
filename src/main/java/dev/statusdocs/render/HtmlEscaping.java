package dev.statusdocs.render;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Pebble's "html" escaping, done here: the characters that carry meaning in HTML text and quoted attributes
 * become references, everything else stays as it is. Pebble's own strategy first builds tables of every HTML5
 * named entity, which costs a short build more than all the escaping it then does.
 */
final class HtmlEscaping implements EscapingStrategy {
    @Override
    public String escape(String input) {
        int first = firstSpecial(input);
        if (first < 0) {
            return input;
        }
        StringBuilder out = new StringBuilder(input.length() + 16).append(input, 0, first);
        for (int i = first; i < input.length(); i++) {
            char c = input.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstSpecial(String input) {
        for (int i = 0; i < input.length(); i++) {
            switch (input.charAt(i)) {
                case '&', '<', '>', '"', '\'' -> {
                    return i;
                }
                default -> {
                }
            }
        }
        return -1;
    }
}

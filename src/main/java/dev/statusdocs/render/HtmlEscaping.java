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
        // Scanning an array beats String.charAt: a build runs code from the quick compiler (C1), which keeps
        // charAt's index check for every character.
        char[] chars = input.toCharArray();
        int first = firstSpecial(chars);
        if (first < 0) {
            return input;
        }
        StringBuilder out = new StringBuilder(chars.length + 16).append(chars, 0, first);
        for (int i = first; i < chars.length; i++) {
            char c = chars[i];
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

    private static int firstSpecial(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            switch (chars[i]) {
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

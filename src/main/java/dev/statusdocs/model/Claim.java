package dev.statusdocs.model;

import java.util.Optional;

/**
 * What one source says about one status code, quoted exactly as the source writes it.
 *
 * @param source  id of the source in the manifest
 * @param file    path of the source file relative to the repository root
 * @param line    1-based line where the entry starts
 * @param code    the status code as written (may be unregistered or out of range)
 * @param phrase  the reason phrase as written, or empty when the entry has none
 * @param lang    language of the entry's text
 * @param text    the entry's text, wrapped lines joined; may be empty
 * @param section 0-based index of the list within the source that holds the entry
 */
public record Claim(String source, String file, int line, int code, Optional<String> phrase,
                    Lang lang, String text, int section) {

    public Claim {
        phrase = phrase.filter(p -> !p.isBlank());
    }

    /** A short, stable reference to this claim, such as {@code mdn-zh:127}. */
    public String ref() {
        return source + ":" + line;
    }
}

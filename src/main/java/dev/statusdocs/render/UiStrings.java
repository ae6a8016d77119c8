package dev.statusdocs.render;

import dev.statusdocs.model.Lang;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** The interface's words in each language, from {@code templates/strings.yaml}. */
public final class UiStrings {
    private final Map<Lang, Map<String, String>> byLang;

    public UiStrings(Map<Lang, Map<String, String>> byLang) {
        EnumMap<Lang, Map<String, String>> copy = new EnumMap<>(Lang.class);
        byLang.forEach((lang, strings) -> copy.put(lang, Map.copyOf(new TreeMap<>(strings))));
        this.byLang = copy;
    }

    public Map<String, String> forLang(Lang lang) {
        return byLang.getOrDefault(lang, Map.of());
    }

    /** The string, or the key itself so that a missing translation shows up on the page and in review. */
    public String get(Lang lang, String key) {
        return forLang(lang).getOrDefault(key, key);
    }
}

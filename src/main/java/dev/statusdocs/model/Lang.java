package dev.statusdocs.model;

import java.util.Locale;

/** The languages the reference is written in. */
public enum Lang {
    EN("en", "English"),
    ZH("zh", "中文");

    private final String tag;
    private final String nativeName;

    Lang(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    /** The BCP 47 tag for HTML {@code lang} attributes: Chinese here is written in simplified characters. */
    public String htmlTag() {
        return this == ZH ? "zh-Hans" : "en";
    }

    public Lang other() {
        return this == EN ? ZH : EN;
    }

    public static Lang fromTag(String tag) {
        for (Lang lang : values()) {
            if (lang.tag.equals(tag.toLowerCase(Locale.ROOT))) {
                return lang;
            }
        }
        throw new IllegalArgumentException("unknown language '" + tag + "' (expected en or zh)");
    }
}

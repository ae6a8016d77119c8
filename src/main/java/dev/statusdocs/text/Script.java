package dev.statusdocs.text;

import dev.statusdocs.model.Lang;

/** Tells Chinese text from English text by the characters it is written in. */
public final class Script {
    private Script() {
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || TextForms.isRadical(codePoint);
    }

    public static int countHan(String text) {
        return (int) text.codePoints().filter(Script::isHan).count();
    }

    public static int countLatinLetters(String text) {
        return (int) text.codePoints().filter(cp -> cp < 0x250 && Character.isLetter(cp)).count();
    }

    /**
     * The language a text is written in, or {@code fallback} when it has no letters at all.
     * A Chinese sentence carries Latin header names, so a few Han characters outweigh many Latin letters.
     */
    public static Lang guess(String text, Lang fallback) {
        int han = countHan(text);
        int latin = countLatinLetters(text);
        if (han == 0 && latin == 0) {
            return fallback;
        }
        return han * 3 >= latin ? Lang.ZH : Lang.EN;
    }
}

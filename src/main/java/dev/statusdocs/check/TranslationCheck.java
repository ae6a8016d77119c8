package dev.statusdocs.check;

import dev.statusdocs.content.PageTemplate;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import java.util.ArrayList;
import java.util.List;

/** Warnings for sections that may lag behind the other language, or still hold the skeleton's words. */
final class TranslationCheck {
    private TranslationCheck() {
    }

    static List<Diagnostic> check(CodePage page) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            CodePage.Section section = page.sections().get(lang);
            if (section == null) {
                continue;
            }
            if (page.staleLanguages().contains(lang)) {
                diagnostics.add(Diagnostic.warning(page.file(), section.line() - 1, 1,
                        "the " + lang.nativeName() + " text may be out of date: the " + lang.other().nativeName()
                                + " text changed after it was last brought in line"));
            }
            String placeholder = lang == Lang.EN ? PageTemplate.PLACEHOLDER_EN : PageTemplate.PLACEHOLDER_ZH;
            if (section.markdown().contains(placeholder)) {
                diagnostics.add(Diagnostic.warning(page.file(), section.line() + 1, 1,
                        "the " + lang.nativeName() + " section still holds the placeholder text of 'statusdocs new'"));
            }
        }
        return diagnostics;
    }
}

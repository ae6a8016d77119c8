package dev.statusdocs.check;

import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.CodeStatus;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.text.TextForms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page's facts must agree with the registry (its English title, status and spec link), and no page may
 * carry the Kangxi radicals that PDF extraction leaves behind.
 */
final class RegistryAgreement {
    private RegistryAgreement() {
    }

    static List<Diagnostic> check(CodePage page, String text, Registry registry) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<RegistryEntry> entry = registry.find(page.code());
        if (entry.isPresent()) {
            RegistryEntry e = entry.get();
            String title = page.title().getOrDefault(Lang.EN, "");
            if (!title.equals(e.name())) {
                diagnostics.add(at(page, text, "title:",
                        "title.en '" + title + "' is not the registry's name '" + e.name() + "'",
                        "use the official name from content/registry.csv"));
            }
            if (page.status() != e.status()) {
                diagnostics.add(at(page, text, "status:",
                        "status '" + page.status().id() + "' differs from the registry's '" + e.status().id() + "'", null));
            }
            if (page.spec().map(s -> !s.url().equals(e.spec().url())).orElse(true)) {
                diagnostics.add(at(page, text, "spec:",
                        "spec must link to " + e.spec().url() + " (" + e.spec().label() + ")", null));
            }
        } else if (page.status() != CodeStatus.forUnregistered(page.code())) {
            diagnostics.add(at(page, text, "status:", "code " + page.code()
                    + " is not registered, so its status is '" + CodeStatus.forUnregistered(page.code()).id() + "'", null));
        }
        diagnostics.addAll(radicals(page, text));
        return diagnostics;
    }

    /** Each line with a radical, other than recorded evidence, which quotes the source byte for byte. */
    private static List<Diagnostic> radicals(CodePage page, String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (firstRadical(text) == 0) {
            return diagnostics;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("quote:")) {
                continue;
            }
            int column = firstRadical(lines[i]);
            if (column > 0) {
                diagnostics.add(Diagnostic.error(page.file(), i + 1, column,
                        "Kangxi radical '" + lines[i].substring(column - 1, column) + "' where an ordinary character belongs",
                        "replace it with '" + TextForms.foldRadicals(lines[i].substring(column - 1, column)) + "'"));
            }
        }
        return diagnostics;
    }

    /** Where the first radical stands, counting from 1; 0 when there is none. */
    private static int firstRadical(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (TextForms.isRadical(text.charAt(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Diagnostic at(CodePage page, String text, String key, String message, String hint) {
        String[] lines = text.split("\n", -1);
        int line = 1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key)) {
                line = i + 1;
                break;
            }
        }
        return hint == null ? Diagnostic.error(page.file(), line, 1, message)
                : Diagnostic.error(page.file(), line, 1, message, hint);
    }
}

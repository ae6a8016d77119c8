package dev.statusdocs.check;

import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.CodeStatus;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.VendorCode;
import dev.statusdocs.model.Vendors;
import dev.statusdocs.vendors.VendorReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The vendor data and the pages agree: an unregistered code in the data has an unofficial page, an unofficial page
 * has a vendor in the data, and a vendor's use of a registered number (which gets no page of its own) carries the
 * note that the registered code's page shows.
 */
public final class VendorChecks {
    private VendorChecks() {
    }

    public static List<Diagnostic> check(Content content) {
        Vendors vendors = content.vendors();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!vendors.present()) {
            return diagnostics;
        }
        for (VendorCode use : vendors.codes()) {
            if (content.registry().contains(use.code())) {
                if (use.note().isEmpty()) {
                    diagnostics.add(atRow(use, "code " + use.code() + " is registered, so vendor '" + use.vendor()
                            + "' reuses its number: the row needs a note",
                            "add note: {en: \"...\", zh: \"...\"}, which the page of " + use.code() + " shows under its other uses"));
                }
                continue;
            }
            if (!use.note().isEmpty()) {
                diagnostics.add(atRow(use, "a note is only for a reuse of a registered number; code " + use.code()
                        + " is not registered", "explain it on its own page, content/codes/" + use.code() + ".md"));
            }
            CodePage page = content.pages().get(use.code());
            if (page == null) {
                diagnostics.add(atRow(use, "code " + use.code() + " has vendor data but no page",
                        "run 'statusdocs new " + use.code() + "' and write the page"));
            } else if (page.status() != CodeStatus.UNOFFICIAL) {
                diagnostics.add(atRow(use, "code " + use.code() + " has vendor data but its page says status '"
                        + page.status().id() + "'", "only an unofficial code, from 100 to 599 and not registered, has vendors"));
            }
        }
        for (CodePage page : content.pages().values()) {
            if (page.status() == CodeStatus.UNOFFICIAL && vendors.uses(page.code()).isEmpty()) {
                diagnostics.add(Diagnostic.error(page.file(), statusLine(content.pageTexts().get(page.file())), 1,
                        "unofficial code " + page.code() + " has no vendor in " + VendorReader.FILE,
                        "add a row under 'codes:' with the vendor, its name for the code and its documentation"));
            }
        }
        return diagnostics;
    }

    private static Diagnostic atRow(VendorCode use, String message, String hint) {
        return Diagnostic.error(VendorReader.FILE, use.line(), use.column(), message, hint);
    }

    /** The line of the page's status field, where the page claims to be unofficial. */
    private static int statusLine(String text) {
        if (text == null) {
            return 1;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("status:")) {
                return i + 1;
            }
        }
        return 1;
    }
}

package dev.statusdocs.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * One vendor's use of one number, as the vendor documents it.
 *
 * @param name    the vendor's own name for the code
 * @param docs    the vendor's documentation of the code
 * @param checked when that documentation was last read
 * @param note    for a number the registry holds, a short explanation of the vendor's other use, per language;
 *                empty for an unregistered code, whose own page explains it
 * @param namesCode whether {@code docs} names the code itself, or is only the vendor's closest page about it
 * @param line    where the row starts in the data file, for messages about it
 */
public record VendorCode(int code, String vendor, String name, String docs, LocalDate checked,
                         Map<Lang, String> note, boolean namesCode, int line, int column) {
    public VendorCode {
        note = Map.copyOf(note);
    }
}

package dev.statusdocs.model;

import java.util.List;

/**
 * One code of the IANA HTTP Status Code Registry.
 *
 * @param formerNames official names the code had in earlier specifications
 * @param otherNames  names in common use that were never registered for HTTP (with where they come from)
 */
public record RegistryEntry(int code, String name, Spec spec, CodeStatus status,
                            List<NamedReference> formerNames, List<NamedReference> otherNames, String note) {

    public RegistryEntry {
        formerNames = List.copyOf(formerNames);
        otherNames = List.copyOf(otherNames);
    }

    /** A name together with the document it comes from. */
    public record NamedReference(String name, String from) {
    }
}

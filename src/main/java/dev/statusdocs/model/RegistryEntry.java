package dev.statusdocs.model;

import java.util.List;
import java.util.Map;

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

    /** A name together with the documents it comes from, as each language writes them. */
    public record NamedReference(String name, Map<Lang, String> from) {
        public NamedReference {
            from = Map.copyOf(from);
        }

        /** A name from documents whose names read the same in every language, such as "RFC 2616". */
        public static NamedReference fromDocuments(String name, String documents) {
            return new NamedReference(name, Map.of(Lang.EN, documents, Lang.ZH, documents));
        }

        public String from(Lang lang) {
            return from.get(lang);
        }
    }
}

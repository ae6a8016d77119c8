package dev.statusdocs.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each code's constant in common libraries, from {@code content/constants.yaml}.
 *
 * @param names per code, per library id, the library's names for the code, the one to use first; an empty list
 *              where the library has none
 */
public record Constants(List<Library> libraries, SortedMap<Integer, Map<String, List<String>>> names) {
    public static final Constants NONE = new Constants(List.of(), new TreeMap<>());

    public Constants {
        libraries = List.copyOf(libraries);
        TreeMap<Integer, Map<String, List<String>>> copy = new TreeMap<>();
        names.forEach((code, byLibrary) -> copy.put(code, Map.copyOf(byLibrary)));
        names = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * A library and how code refers to its names.
     *
     * @param version   the version every name was checked against
     * @param reference how to write a reference, with {@code {name}} or {@code {code}} in place
     * @param phrase    whether the library maps codes to reason phrases rather than naming them
     */
    public record Library(String id, String name, String version, String reference, boolean phrase) {
        /** The reference for one name of this library and one code. */
        public String write(String constant, int code) {
            return reference.replace("{name}", constant).replace("{code}", String.valueOf(code));
        }
    }
}

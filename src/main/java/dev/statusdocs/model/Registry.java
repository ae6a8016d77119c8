package dev.statusdocs.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The IANA HTTP Status Code Registry, keyed by code. */
public final class Registry {
    private final SortedMap<Integer, RegistryEntry> entries;

    public Registry(Collection<RegistryEntry> entries) {
        TreeMap<Integer, RegistryEntry> byCode = new TreeMap<>();
        for (RegistryEntry entry : entries) {
            byCode.put(entry.code(), entry);
        }
        this.entries = Collections.unmodifiableSortedMap(byCode);
    }

    public Optional<RegistryEntry> find(int code) {
        return Optional.ofNullable(entries.get(code));
    }

    public boolean contains(int code) {
        return entries.containsKey(code);
    }

    public Collection<RegistryEntry> entries() {
        return entries.values();
    }
}

package dev.statusdocs.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields one kind of YAML mapping may hold, each named once with whether it must be there; {@link YamlSchema}
 * checks a mapping against it.
 */
public final class FieldTable {
    private final Map<String, Boolean> requiredByName;

    private FieldTable(Map<String, Boolean> requiredByName) {
        this.requiredByName = Map.copyOf(requiredByName);
    }

    /** A table of these required fields; add optional ones with {@link #optional}. */
    public static FieldTable required(String... names) {
        return new FieldTable(Map.of()).with(true, names);
    }

    /** A table of fields that may all be left out. */
    public static FieldTable optionalOnly(String... names) {
        return new FieldTable(Map.of()).with(false, names);
    }

    public FieldTable optional(String... names) {
        return with(false, names);
    }

    private FieldTable with(boolean required, String... names) {
        Map<String, Boolean> fields = new LinkedHashMap<>(requiredByName);
        for (String name : names) {
            if (fields.put(name, required) != null) {
                throw new IllegalArgumentException("field '" + name + "' is in the table twice");
            }
        }
        return new FieldTable(fields);
    }

    public Set<String> names() {
        return new TreeSet<>(requiredByName.keySet());
    }

    public Set<String> requiredNames() {
        Set<String> required = new TreeSet<>();
        requiredByName.forEach((name, isRequired) -> {
            if (isRequired) {
                required.add(name);
            }
        });
        return required;
    }
}

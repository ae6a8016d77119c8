package dev.statusdocs.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statusdocs.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldTableTest {
    private static final FieldTable TABLE = FieldTable.required("code", "name").optional("note");

    @Test
    void aFieldIsNamedOnceWithWhetherItIsRequired() {
        assertEquals(Set.of("code", "name", "note"), TABLE.names());
        assertEquals(Set.of("code", "name"), TABLE.requiredNames());
        assertEquals(Set.of(), FieldTable.optionalOnly("en", "zh").requiredNames());
        assertThrows(IllegalArgumentException.class, () -> TABLE.optional("code"));
    }

    @Test
    void aMappingIsCheckedForUnknownAndMissingFieldsAtTheirPlaces() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        LocatedYaml doc = LocatedYaml.parse("x.yaml", "item:\n  code: 200\n  nmae: OK\n", 0, diagnostics).orElseThrow();
        new YamlSchema(doc, diagnostics).check("item", TABLE);
        assertEquals(List.of("x.yaml:3:3: error: unknown field 'nmae'", "x.yaml:1:1: error: missing required field 'name'"),
                diagnostics.stream().map(d -> d.format().split("\n")[0]).toList());
    }
}

package dev.statusdocs.detect;

import dev.statusdocs.model.Lang;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.RegistryEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's names, normalized once per detection run: official names by their normalized form, and
 * each code's official, former and other names ready for comparison.
 */
final class RegistryNames {
    /** A code's names in normalized form, each with the document it comes from. */
    record Known(String normalized, String name, Map<Lang, String> from, Names.Match exact, Names.Match misspelt) {
    }

    private static final Map<Lang, String> NOWHERE = Map.of(Lang.EN, "", Lang.ZH, "");
    private final Map<String, RegistryEntry> byOfficialName = new HashMap<>();
    private final Map<Integer, List<Known>> byCode = new HashMap<>();

    RegistryNames(Registry registry) {
        for (RegistryEntry entry : registry.entries()) {
            byOfficialName.putIfAbsent(Names.normalize(entry.name()), entry);
            List<Known> known = new ArrayList<>();
            known.add(new Known(Names.normalize(entry.name()), entry.name(), NOWHERE, Names.Match.OFFICIAL,
                    Names.Match.MISSPELT_OFFICIAL));
            entry.formerNames().forEach(n -> known.add(new Known(Names.normalize(n.name()), n.name(), n.from(),
                    Names.Match.FORMER, Names.Match.MISSPELT_FORMER)));
            entry.otherNames().forEach(n -> known.add(new Known(Names.normalize(n.name()), n.name(), n.from(),
                    Names.Match.OTHER, Names.Match.MISSPELT_OTHER)));
            byCode.put(entry.code(), List.copyOf(known));
        }
    }

    /**
     * How a phrase relates to a code's names: an exact match of any name first (official, former, other),
     * then a near miss of any, else no match.
     */
    Names.Comparison compare(String phrase, RegistryEntry entry) {
        String given = Names.normalize(phrase);
        List<Known> known = byCode.getOrDefault(entry.code(), List.of());
        for (Known name : known) {
            if (given.equals(name.normalized())) {
                return new Names.Comparison(name.exact(), name.name(), name.from());
            }
        }
        for (Known name : known) {
            if (Names.isCloseToNormalized(given, name.normalized())) {
                return new Names.Comparison(name.misspelt(), name.name(), name.from());
            }
        }
        return new Names.Comparison(Names.Match.NONE, entry.name(), NOWHERE);
    }

    /** The entry whose official name the phrase spells exactly, unless it is {@code except}. */
    Optional<RegistryEntry> officialNameOfAnotherCode(String phrase, int except) {
        RegistryEntry entry = byOfficialName.get(Names.normalize(phrase));
        return entry == null || entry.code() == except ? Optional.empty() : Optional.of(entry);
    }
}

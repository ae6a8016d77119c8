package dev.statusdocs.render;

import dev.statusdocs.model.CodeFacts;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Constants;
import dev.statusdocs.model.Constants.Library;
import dev.statusdocs.model.Facts;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.render.Views.ConstantView;
import dev.statusdocs.render.Views.FactsView;
import dev.statusdocs.render.Views.Link;
import dev.statusdocs.render.Views.NameView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The facts panel and the constants table of a code page, from the data files and the registry. */
final class FactViews {
    private final UiStrings strings;
    private final Registry registry;
    private final Facts facts;
    private final Constants constants;

    FactViews(UiStrings strings, Registry registry, Facts facts, Constants constants) {
        this.strings = strings;
        this.registry = registry;
        this.facts = facts;
        this.constants = constants;
    }

    /** What the registry, the page and the facts file know; the facts rows stay empty for a code the file lacks. */
    FactsView facts(Lang lang, CodePage page) {
        Integer year = page.spec().flatMap(spec -> facts.year(spec.label())).orElse(null);
        List<NameView> former = registry.find(page.code()).map(RegistryEntry::formerNames).orElse(List.of()).stream()
                .map(name -> new NameView(name.name(), name.from(lang))).toList();
        Optional<CodeFacts> known = facts.find(page.code());
        if (known.isEmpty()) {
            return new FactsView(year, former, false, null, List.of(), null, List.of());
        }
        CodeFacts code = known.get();
        List<Link> headers = code.headers().stream()
                .map(name -> new Link(facts.headers().get(name).url(), name)).toList();
        List<String> senders = code.senders().stream()
                .map(sender -> strings.get(lang, "facts.sender." + CodeFacts.id(sender))).toList();
        return new FactsView(year, former, true, strings.get(lang, "facts.cacheable." + CodeFacts.id(code.cacheable())),
                headers, strings.get(lang, "facts.retry." + CodeFacts.id(code.retry())), senders);
    }

    /** One row per library, or none for a code the constants file lacks. */
    List<ConstantView> constants(int code) {
        Map<String, List<String>> names = constants.names().get(code);
        if (names == null) {
            return List.of();
        }
        return constants.libraries().stream().map(library -> row(library, code, names.get(library.id()))).toList();
    }

    private static ConstantView row(Library library, int code, List<String> names) {
        if (names == null || names.isEmpty()) {
            return new ConstantView(library.name(), library.version(), null, List.of(), null);
        }
        if (library.phrase()) {
            return new ConstantView(library.name(), library.version(), library.write(names.get(0), code), List.of(),
                    names.get(0));
        }
        List<String> written = names.stream().map(name -> library.write(name, code)).toList();
        return new ConstantView(library.name(), library.version(), written.get(0), written.subList(1, written.size()),
                null);
    }

    /** The texts search finds a code by: each constant as code writes it. */
    List<String> searchTexts(int code) {
        return constants(code).stream().filter(row -> row.reference() != null && row.phrase() == null)
                .flatMap(row -> Stream.concat(Stream.of(row.reference()),
                        row.others().stream()))
                .toList();
    }
}

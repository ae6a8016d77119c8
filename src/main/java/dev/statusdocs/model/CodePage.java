package dev.statusdocs.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A canonical page as a contributor wrote it: the facts from its front matter and one Markdown section
 * per language.
 *
 * @param missingLanguages languages the page has no text in yet; readers are shown the other language
 * @param recorded         findings a person recorded by hand, shown like detected ones
 * @param translation      per language, the hash of the other language's text when this one was last
 *                         brought in line with it
 * @param staleLanguages   languages whose text may lag behind the other language's: the hash recorded for
 *                         them differs from the other language's text now (worked out once, when the page is read)
 */
public record CodePage(String file, int code, Map<Lang, String> title, String codeClass, CodeStatus status,
                       Optional<Spec> spec, Map<Lang, String> summary, List<CodeRef> related,
                       Set<Lang> missingLanguages, List<Resolution> resolutions, List<RecordedFinding> recorded,
                       Map<Lang, String> translation, Map<Lang, Section> sections, Set<Lang> staleLanguages) {

    public CodePage {
        title = Map.copyOf(title);
        summary = Map.copyOf(summary);
        related = List.copyOf(related);
        missingLanguages = Set.copyOf(missingLanguages);
        resolutions = List.copyOf(resolutions);
        recorded = List.copyOf(recorded);
        translation = Map.copyOf(translation);
        sections = Map.copyOf(sections);
        staleLanguages = Set.copyOf(staleLanguages);
    }

    /** A code named in the front matter, with where it is written. */
    public record CodeRef(int code, int line, int column) {
    }

    /** One language's Markdown, with the line of the file where it starts. */
    public record Section(Lang lang, int line, String markdown) {
    }

    /**
     * How the page resolves a finding, in both languages.
     *
     * @param glosses by source id, what that source's quote in the finding claims, in the languages it is glossed in
     */
    public record Resolution(String finding, Map<Lang, String> text, int line, Map<String, Gloss> glosses) {
        public Resolution {
            text = Map.copyOf(text);
            glosses = Map.copyOf(glosses);
        }
    }

    /** What a source's quote in a finding claims, for readers of the other language, with where its key stands. */
    public record Gloss(Map<Lang, String> text, int line, int column) {
        public Gloss {
            text = Map.copyOf(text);
        }
    }

    /** A finding a person recorded because it needs judgement, such as a statement the spec contradicts. */
    public record RecordedFinding(String kind, String severity, Map<Lang, String> message,
                                  List<Evidence> evidence, int line) {
        public RecordedFinding {
            message = Map.copyOf(message);
            evidence = List.copyOf(evidence);
        }
    }

    /** The language a reader of {@code lang} is shown: their own, or the other one when theirs is missing. */
    public Lang shownLanguage(Lang lang) {
        return missingLanguages.contains(lang) && sections.containsKey(lang.other()) ? lang.other() : lang;
    }

    public Optional<Resolution> resolutionOf(String findingId) {
        return resolutions.stream().filter(r -> r.finding().equals(findingId)).findFirst();
    }
}

package dev.statusdocs.content;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.text.TextForms;
import dev.statusdocs.text.Script;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the first version of a canonical page, starting from the most trusted source text per language. */
final class NewPage {
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?(?:[。！？]|[.!?](?=\\s|$)))");

    private final Map<String, SourceSpec> specs;

    NewPage(Map<String, SourceSpec> specs) {
        this.specs = specs;
    }

    /**
     * @param claims all claims about the code, in source order
     * @param usable which claims may seed text (not placeholders, not flagged as describing something else)
     */
    String write(int code, Optional<RegistryEntry> entry, List<Claim> claims, Predicate<Claim> usable) {
        Map<Lang, String> body = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            mostTrusted(claims, lang, c -> usable.test(c) && !c.text().isBlank())
                    .ifPresent(c -> body.put(lang, TextForms.forDisplay(c.text())));
        }
        String titleEn = entry.map(RegistryEntry::name).orElseGet(() -> phrase(claims, Lang.EN).orElse("Unknown"));
        String titleZh = phrase(claims, Lang.ZH).orElse(titleEn);
        StringBuilder out = new StringBuilder(YamlText.pageFacts(code, titleEn, titleZh, entry));
        out.append(body.isEmpty() ? "summary: {}\n" : "summary:\n");
        for (Lang lang : Lang.values()) {
            if (body.containsKey(lang)) {
                out.append("  ").append(lang.tag()).append(": ").append(YamlText.quote(firstSentence(body.get(lang)))).append('\n');
            }
        }
        List<Lang> missing = java.util.Arrays.stream(Lang.values()).filter(l -> !body.containsKey(l)).toList();
        if (!missing.isEmpty()) {
            out.append("missing_languages: [").append(String.join(", ", missing.stream().map(Lang::tag).toList())).append("]\n");
        }
        out.append(Provenance.block(claims));
        out.append("---\n");
        for (Lang lang : Lang.values()) {
            if (body.containsKey(lang)) {
                out.append("\n## ").append(lang.nativeName()).append("\n\n").append(body.get(lang)).append('\n');
            }
        }
        return out.toString();
    }

    private Optional<Claim> mostTrusted(List<Claim> claims, Lang lang, Predicate<Claim> filter) {
        return claims.stream()
                .filter(c -> c.lang() == lang && filter.test(c))
                .min(Comparator.comparingInt((Claim c) -> -specs.get(c.source()).trustFor(lang)));
    }

    /** The most trusted reason phrase written in {@code lang}, radicals folded. */
    private Optional<String> phrase(List<Claim> claims, Lang lang) {
        return claims.stream()
                .filter(c -> c.phrase().isPresent())
                .filter(c -> Script.guess(c.phrase().get(), Lang.EN) == lang)
                .min(Comparator.comparingInt((Claim c) -> -specs.get(c.source()).trustFor(lang)))
                .map(c -> TextForms.forDisplay(c.phrase().get()));
    }

    static String firstSentence(String text) {
        String firstParagraph = text.strip().split("\n", 2)[0];
        Matcher sentence = FIRST_SENTENCE.matcher(firstParagraph);
        return sentence.find() ? sentence.group(1).strip() : firstParagraph;
    }
}

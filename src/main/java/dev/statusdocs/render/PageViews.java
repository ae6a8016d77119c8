package dev.statusdocs.render;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.CodeStatus;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.model.Spec;
import dev.statusdocs.render.Views.ClaimView;
import dev.statusdocs.render.Views.ClassGroup;
import dev.statusdocs.render.Views.CodeItem;
import dev.statusdocs.render.Views.CodePageView;
import dev.statusdocs.render.Views.EvidenceView;
import dev.statusdocs.render.Views.FindingGroup;
import dev.statusdocs.render.Views.FindingView;
import dev.statusdocs.render.Views.Link;
import dev.statusdocs.render.Views.SourceView;
import dev.statusdocs.text.Script;
import dev.statusdocs.text.TextForms;
import dev.statusdocs.render.Views.SourceDocumentView;
import dev.statusdocs.render.Views.SourceLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Builds the view records for each kind of page from content and findings. */
final class PageViews {
    private static final List<String> CLASS_ORDER = List.of("1xx", "2xx", "3xx", "4xx", "5xx", "invalid");

    private final MarkdownEngine markdown;
    private final UiStrings strings;
    private final SiteConfig config;
    private final Map<String, SourceSpec> specs;
    private final SortedMap<Integer, CodePage> pages;
    private final Map<Integer, List<String>> commonNames;
    private final VendorViews vendors;
    private final FactViews facts;
    private final HeadingIds headingIds;

    /** @param commonNames per code, the names in common use that the registry records but never registered */
    PageViews(MarkdownEngine markdown, UiStrings strings, SiteConfig config, Map<String, SourceSpec> specs,
              SortedMap<Integer, CodePage> pages, Map<Integer, List<String>> commonNames, VendorViews vendors,
              FactViews facts) {
        this.markdown = markdown;
        this.strings = strings;
        this.config = config;
        this.specs = specs;
        this.pages = pages;
        this.commonNames = commonNames;
        this.vendors = vendors;
        this.facts = facts;
        this.headingIds = new HeadingIds(markdown);
    }

    CodePageView codePage(Lang lang, CodePage page, List<Claim> claims, List<Finding> findings) {
        Lang shown = page.shownLanguage(lang);
        CodePage.Section section = page.sections().get(shown);
        String body = section == null ? "" : markdown.toHtml(section.markdown(), headingIds.of(page));
        String fallback = shown == lang ? null : strings.get(lang, "fallback." + shown.tag());
        if (section == null) {
            fallback = strings.get(lang, "fallback.none");
        }
        List<FindingView> findingViews = findings.stream().map(f -> finding(lang, f)).toList();
        // Most trusted in the reader's language first; equal trust keeps the sources' order.
        List<ClaimView> claimViews = claims.stream()
                .sorted(Comparator.comparingInt((Claim c) -> -trust(c.source(), lang)))
                .map(this::claim).toList();
        long sourceCount = claims.stream().map(Claim::source).distinct().count();
        Integer previous = pages.headMap(page.code()).isEmpty() ? null : pages.headMap(page.code()).lastKey();
        SortedMap<Integer, CodePage> after = pages.tailMap(page.code() + 1);
        Integer next = after.isEmpty() ? null : after.firstKey();
        return new CodePageView(page.code(), title(page, lang), title(page, lang.other()), page.codeClass(),
                classTitle(lang, page.codeClass()), page.status().id(), strings.get(lang, "status." + page.status().id()),
                page.spec().map(s -> new Link(s.url(), specLabel(lang, s.label()))).orElse(null),
                page.summary().getOrDefault(lang, page.summary().getOrDefault(lang.other(), "")),
                body, shown.htmlTag(), fallback,
                page.related().stream().map(ref -> codeLink(lang, ref.code())).toList(),
                claimViews, findingViews,
                (int) findings.stream().filter(f -> !f.resolved()).count(),
                previous == null ? null : codeLink(lang, previous), next == null ? null : codeLink(lang, next),
                config.editUrl(page.file()),
                shown == lang && page.staleLanguages().contains(lang)
                        ? strings.get(lang, "translation.stale." + lang.tag()) : null,
                facts.facts(lang, page), facts.constants(page.code()),
                count(lang, "said.sources", sourceCount) + " · " + count(lang, "said.findings", findings.size()));
    }

    /**
     * The other pages a code's page shows something of, in code order: the codes before and after it, the codes it
     * relates to and its findings' codes, whose titles its links show and whose resolutions may gloss its evidence.
     */
    List<CodePage> shownWith(CodePage page, List<Finding> findings) {
        Set<Integer> codes = new TreeSet<>();
        if (!pages.headMap(page.code()).isEmpty()) {
            codes.add(pages.headMap(page.code()).lastKey());
        }
        if (!pages.tailMap(page.code() + 1).isEmpty()) {
            codes.add(pages.tailMap(page.code() + 1).firstKey());
        }
        page.related().forEach(ref -> codes.add(ref.code()));
        findings.forEach(finding -> codes.addAll(finding.codes()));
        return codes.stream().map(pages::get).filter(Objects::nonNull).toList();
    }

    /** A count in words, by the language's plural form: "zero" where the strings have one, else "one" or "other". */
    private String count(Lang lang, String key, long n) {
        String form = n == 0 && strings.forLang(lang).containsKey(key + ".zero") ? "zero" : n == 1 ? "one" : "other";
        return strings.get(lang, key + "." + form).replace("{n}", String.valueOf(n));
    }

    /** "RFC 9110, Section 15.5.20" as the language writes it; any other label as it is. */
    private String specLabel(Lang lang, String label) {
        return Spec.rfcSection(label).map(rfc -> strings.get(lang, "spec.section").replace("{rfc}", rfc.rfc())
                .replace("{section}", rfc.section())).orElse(label);
    }

    private int trust(String source, Lang lang) {
        SourceSpec spec = specs.get(source);
        return spec == null ? 0 : spec.trustFor(lang);
    }

    /** A source document's page: every line, numbered, in the language its script suggests. */
    SourceDocumentView sourceDocument(SourceSpec spec, List<String> split) {
        List<String> raw = split;
        if (!raw.isEmpty() && raw.get(raw.size() - 1).isEmpty()) {
            raw = raw.subList(0, raw.size() - 1);
        }
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String line = TextForms.foldRadicals(raw.get(i));
            lines.add(new SourceLine(i + 1, line, Script.guess(line, spec.primaryLanguage()).htmlTag()));
        }
        return new SourceDocumentView(spec.id(), spec.title(), spec.origin(), spec.file(),
                spec.primaryLanguage().htmlTag(), lines);
    }

    static String sourcePath(String source) {
        return "source-" + source + ".html";
    }

    List<ClassGroup> classGroups(Lang lang, Map<Integer, List<Finding>> findingsByCode) {
        Map<String, List<CodeItem>> byGroup = pages.values().stream().collect(Collectors.groupingBy(
                PageViews::groupOf, Collectors.mapping(p -> item(lang, p, findingsByCode.getOrDefault(p.code(), List.of())),
                        Collectors.toList())));
        List<ClassGroup> groups = new ArrayList<>();
        for (String id : CLASS_ORDER) {
            if (byGroup.containsKey(id)) {
                groups.add(new ClassGroup(id, classTitle(lang, id), byGroup.get(id)));
            }
        }
        return groups;
    }

    List<FindingGroup> findingGroups(Lang lang, List<Finding> findings) {
        List<FindingGroup> groups = new ArrayList<>();
        for (FindingKind kind : FindingKind.values()) {
            List<FindingView> ofKind = findings.stream().filter(f -> f.kind() == kind).map(f -> finding(lang, f)).toList();
            if (!ofKind.isEmpty()) {
                groups.add(new FindingGroup(kind.id(), kind.title(lang), ofKind));
            }
        }
        return groups;
    }

    List<SourceView> sources(Lang lang, List<SourceSpec> sourceSpecs, List<Claim> claims) {
        Map<String, Long> counts = claims.stream().collect(Collectors.groupingBy(Claim::source, Collectors.counting()));
        return sourceSpecs.stream().map(s -> new SourceView(s.id(), s.title(), s.origin(), s.file(), s.format(),
                counts.getOrDefault(s.id(), 0L).intValue(),
                s.trust().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey().tag() + " " + e.getValue() + "/5").collect(Collectors.joining(", ")),
                sourcePath(s.id())))
                .toList();
    }

    /** Figures for the about page. */
    Views.Stats stats(Content content, List<Finding> findings) {
        return new Views.Stats(content.specs().size(), content.claims().size(), pages.size(), findings.size(),
                (int) findings.stream().filter(Finding::resolved).count(),
                (int) pages.keySet().stream().filter(content.registry()::contains).count(),
                countOf(CodeStatus.UNOFFICIAL), countOf(CodeStatus.INVALID));
    }

    private int countOf(CodeStatus status) {
        return (int) pages.values().stream().filter(page -> page.status() == status).count();
    }

    private CodeItem item(Lang lang, CodePage page, List<Finding> findings) {
        List<String> names = commonNames.getOrDefault(page.code(), List.of());
        return new CodeItem(page.code(), page.code() + ".html", title(page, lang), title(page, lang.other()),
                names.isEmpty() ? null : String.join(" / ", names), page.summary().getOrDefault(lang, page.summary().getOrDefault(lang.other(), "")),
                page.status().id(), strings.get(lang, "status." + page.status().id()),
                findings.stream().anyMatch(f -> !f.resolved()), vendors.names(page.code()));
    }

    private FindingView finding(Lang lang, Finding finding) {
        Map<String, Map<Lang, String>> glosses = glossesOf(finding);
        List<EvidenceView> evidence = finding.evidence().stream().map(e -> evidence(lang, e, glosses)).toList();
        return new FindingView(finding.id(), finding.kind().id(), finding.kind().title(lang), finding.severity().id(),
                strings.get(lang, "severity." + finding.severity().id()), TextForms.foldRadicals(finding.message().get(lang)), evidence,
                finding.resolution().map(r -> r.get(lang)).orElse(null),
                finding.codes().stream().filter(pages::containsKey).map(code -> codeLink(lang, code)).toList());
    }

    private EvidenceView evidence(Lang lang, Evidence evidence, Map<String, Map<Lang, String>> glosses) {
        SourceSpec spec = specs.get(evidence.source());
        Lang quoted = Script.guess(evidence.quote(), Lang.EN);
        String gloss = quoted == lang ? null : glosses.getOrDefault(evidence.source(), Map.of()).get(lang);
        return new EvidenceView(evidence.source(), spec == null ? evidence.source() : spec.title(),
                spec == null ? null : sourcePath(spec.id()) + "#L" + evidence.line(),
                evidence.line(), TextForms.foldRadicals(evidence.quote()), quoted.htmlTag(), gloss);
    }

    /** The glosses the resolution of a finding gives, from the page of any code the finding is about. */
    private Map<String, Map<Lang, String>> glossesOf(Finding finding) {
        for (int code : finding.codes()) {
            CodePage page = pages.get(code);
            if (page != null && page.resolutionOf(finding.id()).isPresent()) {
                return page.resolutionOf(finding.id()).get().glosses().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().text()));
            }
        }
        return Map.of();
    }

    private ClaimView claim(Claim claim) {
        SourceSpec spec = specs.get(claim.source());
        // Pages fold the radicals PDF extraction left (they look the same but defeat search and screen
        // readers); data/claims.json keeps the exact bytes.
        return new ClaimView(claim.source(), spec.title(), sourcePath(claim.source()) + "#L" + claim.line(), claim.line(),
                claim.phrase().map(TextForms::foldRadicals).orElse(null), claim.lang().htmlTag(),
                TextForms.foldRadicals(claim.text()));
    }

    private Link codeLink(Lang lang, int code) {
        CodePage target = pages.get(code);
        String label = target == null ? String.valueOf(code) : code + " " + title(target, lang);
        return new Link(code + ".html", label);
    }

    private static String title(CodePage page, Lang lang) {
        return TextForms.forDisplay(page.title().getOrDefault(lang, page.title().getOrDefault(lang.other(), "")));
    }

    private String classTitle(Lang lang, String group) {
        return strings.get(lang, "class." + group);
    }

    /** The index section of a page: its numeric class, unofficial codes included; invalid codes apart. */
    static String groupOf(CodePage page) {
        return page.status() == CodeStatus.INVALID ? page.status().id() : page.codeClass();
    }
}

package dev.statusdocs.render;

import java.util.List;

/** What the templates see: plain records holding text that is ready to print. */
public final class Views {
    private Views() {
    }

    /** A link with its text. */
    public record Link(String href, String label) {
    }

    /**
     * One code in a listing.
     *
     * @param commonNames names in common use that were never registered (418's "I'm a teapot"), joined for display
     */
    public record CodeItem(int code, String href, String title, String otherTitle, String commonNames, String summary,
                           String status, String statusLabel, boolean disputed, List<String> vendors) {
    }

    /** Codes of one class, as the index groups them. */
    public record ClassGroup(String id, String title, List<CodeItem> codes) {
    }

    /** What one source says about a code, in its own words; href is the line on the source's own page. */
    public record ClaimView(String sourceId, String sourceTitle, String href, int line, String phrase,
                            String lang, String text) {
    }

    /**
     * One piece of evidence for a finding; href is the line on the source's own page, gloss (or null) says in the
     * page's language what the quote claims, when the quote is in the other language.
     */
    public record EvidenceView(String sourceId, String sourceTitle, String href, int line, String quote, String lang,
                               String gloss) {
    }

    /** A source document shown whole, line by line. */
    public record SourceDocumentView(String id, String title, String origin, String file, String lang,
                                     List<SourceLine> lines) {
    }

    /** One line of a source document, numbered from 1. */
    public record SourceLine(int number, String text, String lang) {
    }

    /** A finding as a reader sees it. */
    public record FindingView(String id, String kind, String kindTitle, String severity, String severityLabel,
                              String message, List<EvidenceView> evidence, String resolution, List<Link> codes) {
        public boolean resolved() {
            return resolution != null && !resolution.isEmpty();
        }
    }

    /** Findings of one kind, for the findings page. */
    public record FindingGroup(String kind, String title, List<FindingView> findings) {
    }

    /** A source, for the sources page. */
    public record SourceView(String id, String title, String origin, String file, String format, int claims,
                             String trust, String href) {
    }

    /** Figures for the about page. */
    public record Stats(int sources, int claims, int codes, int findings, int resolved, int registered,
                        int unofficial, int invalid) {
    }

    /** One vendor's use of a number: its own name for it, where it documents it and when that was read. */
    public record VendorUse(String vendorId, String vendor, String vendorSite, String name, String docs,
                            String checked, String note, boolean namesCode) {
    }

    /**
     * What a code page shows of the vendor data: who documents this unofficial code, or, for a registered code, the
     * vendors that give its number another meaning.
     */
    public record VendorFacts(List<VendorUse> documentedBy, List<VendorUse> otherUses) {
    }

    /** One vendor's codes, for the index's list of unofficial codes by vendor. */
    public record VendorGroup(String id, String name, String site, List<VendorCodeItem> codes) {
    }

    /** A code in that list; {@code reuse} when the number is registered and the vendor gives it another meaning. */
    public record VendorCodeItem(int code, String href, String name, boolean reuse) {
    }

    /** Everything a code page shows. */
    public record CodePageView(int code, String title, String otherTitle, String codeClass, String classTitle,
                               String status, String statusLabel, Link spec, String summary, String bodyHtml,
                               String bodyLang, String fallbackNotice, List<Link> related, List<ClaimView> claims,
                               List<FindingView> findings, int openFindings, Link previous, Link next,
                               String editUrl, String translationNotice, FactsView facts,
                               List<ConstantView> constants, String saidSummary) {
    }

    /** A name and the document it comes from. */
    public record NameView(String name, String from) {
    }

    /**
     * The facts panel beyond class, standing and specification. {@code known} is false for a code the facts file
     * lacks: then only the year and former names, which come from elsewhere, can be shown.
     */
    public record FactsView(Integer year, List<NameView> formerNames, boolean known, String cacheable,
                            List<Link> headers, String retry, List<String> senders) {
    }

    /**
     * One library's constant for a code: {@code reference} as code writes it, or null where the library has none;
     * {@code phrase} is the reason phrase a library that maps codes to phrases gives.
     */
    public record ConstantView(String library, String version, String reference, List<String> others,
                               String phrase) {
    }
}

package dev.statusdocs.render;

import java.util.List;

/** What the templates see: plain records holding text that is ready to print. */
public final class Views {
    private Views() {
    }

    /** A link with its text. */
    public record Link(String href, String label) {
    }

    /** One code in a listing. */
    public record CodeItem(int code, String href, String title, String otherTitle, String summary, String status,
                           String statusLabel, boolean disputed) {
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
    public record Stats(int sources, int claims, int codes, int findings, int resolved) {
    }

    /** Everything a code page shows. */
    public record CodePageView(int code, String title, String otherTitle, String codeClass, String classTitle,
                               String status, String statusLabel, Link spec, String summary, String bodyHtml,
                               String bodyLang, String fallbackNotice, List<Link> related, List<ClaimView> claims,
                               List<FindingView> findings, int openFindings, Link previous, Link next,
                               String editUrl, String translationNotice, String saidSummary) {
    }
}

package dev.statusdocs.model;

/** Where a finding's evidence stands: the source, its file and line, and the words it uses there. */
public record Evidence(String source, String file, int line, String quote) {
}

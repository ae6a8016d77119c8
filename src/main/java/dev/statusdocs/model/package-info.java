/** Immutable records shared by every stage: claims, sources, registry entries, pages, findings, diagnostics. */
package dev.statusdocs.model;

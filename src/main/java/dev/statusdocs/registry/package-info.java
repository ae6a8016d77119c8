/**
 * Loads the IANA status code registry, strictly: IANA's CSV ({@code content/registry.csv}) and our notes on its codes
 * ({@code content/registry-notes.yaml}); compares it with a newer file from IANA.
 */
package dev.statusdocs.registry;

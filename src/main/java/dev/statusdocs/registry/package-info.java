/** Loads the IANA status code registry from {@code content/registry.yaml}, strictly. */
package dev.statusdocs.registry;

package dev.statusdocs.model;

/** A company or project whose software sends status codes of its own, from {@code content/vendors.yaml}. */
public record Vendor(String id, String name, String site) {
}

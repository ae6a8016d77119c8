package dev.statusdocs.model;

/** A reference to the section of a specification that defines a code. */
public record Spec(String label, String url) {
}

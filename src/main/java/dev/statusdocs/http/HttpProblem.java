package dev.statusdocs.http;

/** What is wrong at a 1-based line and column of an exchange's text. */
public record HttpProblem(int line, int column, String message, String hint) {
}

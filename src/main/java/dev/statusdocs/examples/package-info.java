/**
 * The example exchanges of {@code content/examples.yaml}: read strictly, each exchange checked as HTTP/1.1 against
 * the registry, and every registered code covered by examples or a reason for none.
 */
package dev.statusdocs.examples;

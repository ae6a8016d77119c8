/**
 * Finds contradictions, errors and gaps in the sources by general rules over claims, the registry and the
 * canonical pages. No rule names a status code; every finding carries the quotes that show the problem.
 */
package dev.statusdocs.detect;

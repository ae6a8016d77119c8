/** Text helpers: normalization for comparison and display, language guessing. Pure functions, no I/O. */
package dev.statusdocs.text;

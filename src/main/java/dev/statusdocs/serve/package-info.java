/**
 * The local preview: serves {@code site/} on 127.0.0.1 only, rebuilds when content or templates change
 * (rewriting only the files whose bytes changed) and tells open pages to reload.
 */
package dev.statusdocs.serve;

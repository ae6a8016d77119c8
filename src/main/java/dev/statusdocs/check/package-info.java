/**
 * What is checked about the content beyond reading it: each page's links, addresses and raw HTML, its agreement
 * with the registry and between its languages, a citation behind each requirement it states, and the resolutions
 * it records for findings. Writes nothing.
 */
package dev.statusdocs.check;

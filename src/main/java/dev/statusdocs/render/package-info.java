/**
 * Turns content and findings into the site's files, as strings and bytes in memory: Markdown through
 * Flexmark (every address through one URL policy), pages through Pebble templates, data as JSON. Writes nothing
 * to disk.
 */
package dev.statusdocs.render;

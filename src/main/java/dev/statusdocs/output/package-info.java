/** Writes the rendered site to disk, swapped in whole, and packs the offline bundle. */
package dev.statusdocs.output;

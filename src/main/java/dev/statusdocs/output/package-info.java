/** Writes rendered files to disk: the site swapped in whole, and the offline bundle. */
package dev.statusdocs.output;

/**
 * The canonical pages under {@code content/codes/}: reading them strictly, writing new ones, and merging
 * source provenance into existing ones without touching what a person wrote.
 */
package dev.statusdocs.content;

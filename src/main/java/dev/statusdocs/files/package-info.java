/**
 * Reading the project's own files: a path is checked before anything is opened, and the text is strict UTF-8.
 * Used by every stage that reads {@code content/}.
 */
package dev.statusdocs.files;

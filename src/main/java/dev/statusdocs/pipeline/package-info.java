/** Runs the stages in order: load content, detect findings, merge pages, render the site, write it. */
package dev.statusdocs.pipeline;

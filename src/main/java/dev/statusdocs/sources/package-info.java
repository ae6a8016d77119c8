/**
 * Reading the raw source documents: the manifest that describes them and one parser per format,
 * each turning a document into claims (exactly one per entry) and diagnostics for what it cannot read.
 */
package dev.statusdocs.sources;

/**
 * Facts as data beside the pages: the facts panel of each code ({@code content/facts.yaml}) and its constants in
 * common libraries ({@code content/constants.yaml}), read and checked against the registry.
 */
package dev.statusdocs.facts;

/** Strict YAML reading for manifests, the registry and front matter: a tree plus the line and column of every key and value. */
package dev.statusdocs.yaml;

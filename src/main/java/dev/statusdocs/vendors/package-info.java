/**
 * Reads {@code content/vendors.yaml}: the vendors that send unofficial status codes and, per code, the vendor's
 * own name and documentation for it. Every problem is a diagnostic with line and column.
 */
package dev.statusdocs.vendors;

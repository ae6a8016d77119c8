/**
 * HTTP/1.1 messages as written in examples and {@code http} code blocks: parsed after RFC 9112 into messages,
 * problems (line and column inside the text) and spans for highlighting. Knows nothing of files or pages.
 */
package dev.statusdocs.http;

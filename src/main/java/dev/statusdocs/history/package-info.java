/**
 * What the project's git history says about the canonical pages: when each last changed, and the recent changes.
 * Read once per build; without git, or outside a repository, there is no history and pages carry no dates.
 */
package dev.statusdocs.history;

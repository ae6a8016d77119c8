/** The command line: one small class per subcommand, each calling the pipeline and choosing an exit code. */
package dev.statusdocs.cli;

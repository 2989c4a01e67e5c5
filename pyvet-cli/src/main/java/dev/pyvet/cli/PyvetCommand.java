package dev.pyvet.cli;

import picocli.CommandLine.Command;

/** The top-level {@code pyvet} command; it only holds the subcommands. */
@Command(
    name = "pyvet",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A fast linter for Python.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  nothing found",
      "  1  findings (syntax errors, unreadable files, ...)",
      "  2  usage error or internal error"
    })
final class PyvetCommand {}

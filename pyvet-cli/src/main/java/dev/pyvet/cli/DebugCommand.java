package dev.pyvet.cli;

import picocli.CommandLine.Command;

/** {@code pyvet debug}: commands that show pyvet's internals. */
@Command(
    name = "debug",
    mixinStandardHelpOptions = true,
    description = "Show what pyvet sees in files (for debugging pyvet).",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n")
final class DebugCommand {}

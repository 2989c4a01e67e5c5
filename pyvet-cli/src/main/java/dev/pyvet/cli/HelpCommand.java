package dev.pyvet.cli;

import dev.pyvet.cli.args.CommandSpec;
import dev.pyvet.cli.args.HelpRenderer;
import dev.pyvet.cli.args.OptionSpec;
import dev.pyvet.cli.args.Positional;
import dev.pyvet.cli.args.UsageException;

/** {@code pyvet help [COMMAND...]}: the help of pyvet or of one of its (sub)commands. */
final class HelpCommand {
  private HelpCommand() {}

  static final String SUMMARY = "Display help information about the specified command.";

  static CommandSpec spec(CommandSpec root) {
    return CommandSpec.command(root.qualifiedName() + " help", (args, out, err) -> {
          CommandSpec target = root;
          for (String name : args.positionals()) {
            CommandSpec.Subcommand sub = target.subcommand(name);
            if (sub == null) {
              throw new UsageException("Unknown subcommand '" + name + "'.");
            }
            target = sub.spec().get();
          }
          out.print(HelpRenderer.render(target));
          out.flush();
          return ExitCodes.CLEAN;
        })
        .description(
            SUMMARY,
            "",
            "When no COMMAND is given, the usage help for the main command is displayed.",
            "If a COMMAND is specified, the help for that command is shown",
            "(e.g. 'pyvet help debug ast').",
            "")
        .positional(Positional.any("COMMAND", "The COMMAND to display the usage help message for."))
        .option(OptionSpec.flag("-h", CommandSpec.HELP).help("Show usage help for the help command and exit."));
  }
}

package dev.pyvet.cli;

import dev.pyvet.cli.args.CommandSpec;
import dev.pyvet.cli.args.Dispatcher;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Entry point of the {@code pyvet} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = utf8Writer(FileDescriptor.out);
    PrintWriter err = utf8Writer(FileDescriptor.err);
    int status = run(args, out, err, Path.of("").toAbsolutePath());
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs pyvet with {@code args}, paths taken relative to {@code workingDirectory}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Path workingDirectory) {
    Dispatcher dispatcher = new Dispatcher(PyvetVersion::line, ExitCodes.ERROR, ExitCodes.ERROR);
    int status = dispatcher.execute(root(workingDirectory), args, out, err);
    out.flush();
    err.flush();
    return status;
  }

  /** The {@code pyvet} command: its subcommands are built only when invoked. */
  static CommandSpec root(Path workingDirectory) {
    CommandSpec root = CommandSpec.group("pyvet")
        .description("A fast linter for Python.")
        .withStandardOptions()
        .footer(
            "Exit status:",
            "  0  nothing found",
            "  1  findings (syntax errors, unreadable files, ...)",
            "  2  usage error or internal error");
    root.subcommand("check", CheckCommand.SUMMARY, () -> CheckCommand.spec(workingDirectory))
        .subcommand("rules", RulesCommand.SUMMARY, RulesCommand::spec)
        .subcommand("rule", RuleCommand.SUMMARY, RuleCommand::spec)
        .subcommand("debug", DEBUG_SUMMARY, () -> debug(workingDirectory))
        .subcommand("help", HelpCommand.SUMMARY, () -> HelpCommand.spec(root));
    return root;
  }

  private static final String DEBUG_SUMMARY = "Show what pyvet sees in files (for debugging pyvet).";

  /** {@code pyvet debug}: commands that show pyvet's internals. */
  private static CommandSpec debug(Path workingDirectory) {
    return CommandSpec.group("pyvet debug")
        .description(DEBUG_SUMMARY)
        .withStandardOptions()
        .subcommand("ast", DebugAstCommand.SUMMARY, () -> DebugAstCommand.spec(workingDirectory));
  }

  private static PrintWriter utf8Writer(FileDescriptor fd) {
    return new PrintWriter(new Utf8Writer(new FileOutputStream(fd), 1 << 16), false);
  }
}

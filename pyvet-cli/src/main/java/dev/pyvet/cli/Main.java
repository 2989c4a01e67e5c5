package dev.pyvet.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;

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
    CommandLine cli = commandLine(workingDirectory);
    cli.setOut(out);
    cli.setErr(err);
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  static CommandLine commandLine(Path workingDirectory) {
    CommandLine cli = new CommandLine(new PyvetCommand());
    cli.addSubcommand(new CommandLine(new CheckCommand(workingDirectory)));
    cli.addSubcommand(new CommandLine(new RulesCommand()));
    cli.addSubcommand(new CommandLine(new RuleCommand()));
    CommandLine debug = new CommandLine(new DebugCommand());
    debug.addSubcommand(new CommandLine(new DebugAstCommand(workingDirectory)));
    cli.addSubcommand(debug);
    cli.addSubcommand(new CommandLine.HelpCommand());
    cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          PrintWriter err = command.getErr();
          err.println("pyvet: internal error: " + e);
          e.printStackTrace(err);
          err.flush();
          return ExitCodes.ERROR;
        });
    return cli;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("pyvet: error: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.ERROR;
  }

  private static PrintWriter utf8Writer(FileDescriptor fd) {
    return new PrintWriter(new Utf8Writer(new FileOutputStream(fd), 1 << 16), false);
  }
}

package dev.pyvet.cli.args;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Runs a command line: parses the root command's options, descends into the subcommand named
 * (building only its spec), and runs it. At each level {@code --help} wins over everything, then
 * {@code --version}, then the first usage error.
 *
 * <p>A usage error prints {@code PROGRAM: error: MESSAGE}, the did-you-mean line if any and
 * {@code Try 'COMMAND --help' for more information.}; any other exception out of a command is
 * reported as an internal error with its stack trace.
 */
public final class Dispatcher {
  private final Supplier<String> version;
  private final int usageErrorStatus;
  private final int internalErrorStatus;

  /**
   * @param version the line {@code --version} prints, computed only then
   * @param usageErrorStatus the exit status of a usage error
   * @param internalErrorStatus the exit status when a command throws
   */
  public Dispatcher(Supplier<String> version, int usageErrorStatus, int internalErrorStatus) {
    this.version = version;
    this.usageErrorStatus = usageErrorStatus;
    this.internalErrorStatus = internalErrorStatus;
  }

  public int execute(CommandSpec root, String[] args, PrintWriter out, PrintWriter err) {
    CommandSpec spec = root;
    int from = 0;
    while (true) {
      ParseResult parsed = ArgParser.parse(spec, args, from);
      if (parsed.helpRequested()) {
        out.print(HelpRenderer.render(spec));
        return 0;
      }
      if (parsed.versionRequested()) {
        out.println(version.get());
        return 0;
      }
      if (parsed.error() != null) {
        return usageError(spec, parsed.error(), err);
      }
      if (!spec.isGroup()) {
        return run(spec, parsed, out, err);
      }
      from = parsed.subcommandIndex() + 1;
      spec = parsed.subcommand().spec().get();
    }
  }

  private int run(CommandSpec spec, ParseResult parsed, PrintWriter out, PrintWriter err) {
    try {
      return spec.action().run(parsed, out, err);
    } catch (UsageException e) {
      return usageError(spec, e, err);
    } catch (Exception e) {
      out.flush();
      err.println(spec.programName() + ": internal error: " + e);
      e.printStackTrace(err);
      err.flush();
      return internalErrorStatus;
    }
  }

  /** Reports {@code e} as a usage error of {@code spec}'s command. */
  public int usageError(CommandSpec spec, UsageException e, PrintWriter err) {
    err.println(spec.programName() + ": error: " + e.getMessage());
    if (e.suggestion() != null) {
      err.println(e.suggestion());
    }
    err.println("Try '" + spec.qualifiedName() + " --help' for more information.");
    err.flush();
    return usageErrorStatus;
  }
}

package dev.pyvet.cli;

import dev.pyvet.cli.args.CommandSpec;
import dev.pyvet.cli.args.Positional;
import dev.pyvet.core.concurrent.DeepStackThreads;
import dev.pyvet.core.discovery.IoErrors;
import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.ast.AstDump;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceDecodingException;
import dev.pyvet.syntax.source.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code pyvet debug ast}: prints each file's tree as CPython's {@code ast.dump} would. */
final class DebugAstCommand {
  static final String SUMMARY = "Print the syntax tree of Python files.";

  static CommandSpec spec(Path workingDirectory) {
    return CommandSpec.command("pyvet debug ast",
            (args, out, err) -> new DebugAstCommand(workingDirectory, args.positionals()).call(out, err))
        .description(
            SUMMARY,
            "",
            "Prints the tree of each FILE on one line, exactly as CPython 3.13's",
            "ast.dump(ast.parse(source), include_attributes=True) does. With several",
            "files, each tree follows a line '==> FILE <=='. A file that does not parse",
            "is reported on stderr as FILE:LINE:COLUMN: SyntaxError: MESSAGE (COLUMN is",
            "CPython's 1-based offset), and makes the exit status 1.",
            "")
        .withStandardOptions()
        .positional(Positional.oneOrMore("FILE", "Python files to dump."));
  }

  private final List<String> files;
  private final Path workingDirectory;

  DebugAstCommand(Path workingDirectory, List<String> files) {
    this.workingDirectory = workingDirectory;
    this.files = files;
  }

  int call(PrintWriter out, PrintWriter err) throws Exception {
    return DeepStackThreads.call(() -> dumpAll(out, err));
  }

  private int dumpAll(PrintWriter out, PrintWriter err) {
    boolean failed = false;
    for (String file : files) {
      String dump = dumpOne(file, err);
      if (dump == null) {
        failed = true;
        continue;
      }
      if (files.size() > 1) {
        out.println("==> " + file + " <==");
      }
      out.println(dump);
    }
    out.flush();
    err.flush();
    return failed ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  /** The dump of {@code file}, or null after reporting why there is none. */
  private String dumpOne(String file, PrintWriter err) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(workingDirectory.resolve(file));
    } catch (IOException e) {
      err.println(file + ": " + IoErrors.describe(e, file));
      return null;
    }
    SourceText source;
    try {
      source = SourceText.decode(bytes);
    } catch (SourceDecodingException e) {
      err.println(file + ":" + Math.max(e.line(), 1) + ":1: SyntaxError: " + e.getMessage());
      return null;
    }
    ParseResult result = Parser.parse(source);
    if (!result.ok()) {
      PySyntaxError error = result.error();
      err.println(file + ":" + error.line() + ":" + error.column() + ": " + error.describe());
      return null;
    }
    return AstDump.dump(result.module());
  }
}

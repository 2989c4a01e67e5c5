package dev.pyvet.cli;

import dev.pyvet.cli.output.OutputFormat;
import dev.pyvet.cli.output.Report;
import dev.pyvet.core.check.FileChecker;
import dev.pyvet.core.check.Linter;
import dev.pyvet.core.diagnostic.CodeSelection;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.logical.PycodestyleOptions;
import dev.pyvet.core.rule.DefaultSelection;
import dev.pyvet.core.rule.RuleEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pyvet check}: lints files and directories, printing findings as flake8 does. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check Python files and directories for problems.",
      "",
      "Prints one line per finding, sorted by path, row, column and code:",
      "  PATH:ROW:COLUMN: CODE MESSAGE",
      "Codes: pycodestyle's E1, E2, E3, E4, E5, E7, W1, W2, W3, W5, W6 (see",
      "'pyvet rules'; E121, E123, E126, E226, E24, E704, W503, W504 are off",
      "unless selected or --ignore replaces that list), and:",
      "  E902  the file cannot be read or decoded (missing, unreadable, binary,",
      "        not valid in its encoding)",
      "  E999  the file is not valid Python (SyntaxError, IndentationError,",
      "        TabError), at the row and column flake8 reports",
      "Directories are walked for *.py and *.pyi files, skipping .git, .hg, .svn,",
      ".venv, venv, __pycache__, .tox, .nox, .eggs, build, dist, node_modules and",
      "what .gitignore files exclude. Named files are always checked.",
      ""
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Files and directories to check (default: the current directory).")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--select",
      paramLabel = "CODES",
      split = ",",
      description = "Report only these codes or code prefixes (comma-separated), e.g. E999 or E9.")
  List<String> select = new ArrayList<>();

  @Option(
      names = "--ignore",
      paramLabel = "CODES",
      split = ",",
      description = {
        "Do not report these codes or code prefixes (comma-separated).",
        "Replaces the default list: E121,E123,E126,E226,E24,E704,W503,W504."
      })
  List<String> ignore;

  @Option(
      names = "--max-line-length",
      paramLabel = "N",
      description = "Longest line E501 allows (default: 79).")
  int maxLineLength = 79;

  @Option(
      names = "--max-doc-length",
      paramLabel = "N",
      description = "Longest comment or docstring line W505 allows (default: no limit, W505 off).")
  Integer maxDocLength;

  @Option(
      names = "--hang-closing",
      description = "Closing brackets must be indented like the hanging indent (E133 instead of E123).")
  boolean hangClosing;

  @Option(
      names = "--indent-size",
      paramLabel = "N",
      description = "Indentation step for E111 to E117 (default: 4).")
  int indentSize = 4;

  @Option(names = "--exit-zero", description = "Exit with status 0 even when there are findings.")
  boolean exitZero;

  @Option(names = "--disable-noqa", description = "Report findings even on lines with a # noqa comment, and in files with # flake8: noqa.")
  boolean disableNoqa;

  @Option(names = "--no-cache", description = "Do not use the cache (there is no cache yet).")
  boolean noCache;

  @Option(
      names = {"-q", "--quiet"},
      description = {
        "-q prints only the paths of files with findings, one per line;",
        "-qq prints nothing (only the exit status tells)."
      })
  boolean[] quiet = new boolean[0];

  @Option(
      names = "--output-format",
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      description = {
        "How to print findings: concise (the default: PATH:ROW:COLUMN: CODE MESSAGE),",
        "full (with the source line and a caret), json, json-lines, github (GitHub",
        "Actions annotations), junit (JUnit XML) or sarif (SARIF 2.1.0)."
      })
  OutputFormat outputFormat;

  @Option(names = "--show-source", description = "Show the source line and a caret under each finding.")
  boolean showSource;

  @Option(names = "--count", description = "Print the number of findings last.")
  boolean count;

  @Option(
      names = "--statistics",
      description = "Print, per code, the number of findings, the code and its first message.")
  boolean statistics;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Check N files at a time (default: the number of processors).")
  int jobs = Runtime.getRuntime().availableProcessors();

  private final Path workingDirectory;

  CheckCommand(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Integer call() {
    CodeSelection selection = CodeSelection.flake8(select, ignore, DefaultSelection.DEFAULT_IGNORE);
    String malformed = selection.firstMalformed();
    if (malformed != null) {
      throw new ParameterException(
          spec.commandLine(),
          "'" + malformed + "' is not an error code or prefix (expected letters then digits, e.g. E999 or E9)");
    }
    if (maxLineLength < 1 || indentSize < 1 || maxDocLength != null && maxDocLength < 1) {
      throw new ParameterException(spec.commandLine(),
          "--max-line-length, --max-doc-length and --indent-size must be at least 1");
    }
    if (jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
    }
    List<String> targets = paths.isEmpty() ? List.of(".") : paths;

    Linter.Outcome outcome =
        new Linter(new FileChecker(selection, List.of(RuleEngine.forSelection(selection::isSelected,
            PycodestyleOptions.DEFAULTS.withMaxLineLength(maxLineLength).withIndentSize(indentSize)
                .withMaxDocLength(maxDocLength == null ? -1 : maxDocLength).withHangClosing(hangClosing)))).honouringNoqa(!disableNoqa), jobs).checkPaths(workingDirectory, targets);
    List<Diagnostic> diagnostics = outcome.diagnostics();
    new Report(outputFormat, quiet.length, showSource, count, statistics, workingDirectory, VersionProvider.version())
        .print(diagnostics, spec.commandLine().getOut(), spec.commandLine().getErr());

    PrintWriter err = spec.commandLine().getErr();
    List<Linter.Failure> failures = outcome.failures();
    for (Linter.Failure failure : failures) {
      err.println("pyvet: internal error while checking " + failure.path() + ": " + failure.cause());
    }
    if (!failures.isEmpty()) {
      // One trace is enough to report the bug; the same one repeated for each file is noise.
      failures.get(0).cause().printStackTrace(err);
      err.println("pyvet: " + failures.size() + " file(s) could not be checked because of a bug in pyvet.");
    }
    err.flush();
    if (!failures.isEmpty()) {
      return ExitCodes.ERROR;
    }
    return diagnostics.isEmpty() || exitZero ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
  }
}

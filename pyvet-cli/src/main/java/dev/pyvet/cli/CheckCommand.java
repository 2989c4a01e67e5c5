package dev.pyvet.cli;

import dev.pyvet.cli.output.OutputFormat;
import dev.pyvet.cli.output.ProgressDisplay;
import dev.pyvet.cli.output.Report;
import dev.pyvet.core.cache.BuildFingerprint;
import dev.pyvet.core.cache.ResultCache;
import dev.pyvet.core.check.FileChecker;
import dev.pyvet.core.check.Linter;
import dev.pyvet.core.diagnostic.CodeSelection;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.config.AppliedSettings;
import dev.pyvet.core.config.CodeResolver;
import dev.pyvet.core.config.ConfigException;
import dev.pyvet.core.config.ConfigLoader;
import dev.pyvet.core.config.PathPatterns;
import dev.pyvet.core.config.PerFileIgnore;
import dev.pyvet.core.config.Settings;
import dev.pyvet.core.config.SettingsReader;
import dev.pyvet.core.discovery.FileDiscovery;
import dev.pyvet.core.rule.DefaultSelection;
import dev.pyvet.core.rule.RuleEngine;
import dev.pyvet.syntax.parser.Parser;
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
      "what .gitignore files exclude. Named files are always checked, unless",
      "an --exclude pattern matches them.",
      "Settings come from the nearest pyproject.toml with [tool.pyvet], or",
      "setup.cfg, tox.ini or .flake8 with [flake8] (see the README's",
      "Configuration); options given here override them.",
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
      description = "Report only these codes, code prefixes or rule names (comma-separated), e.g. E999, E9 or line-too-long.")
  List<String> select;

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
      names = "--extend-select",
      paramLabel = "CODES",
      split = ",",
      description = "Report these codes too, on top of --select (or everything by default).")
  List<String> extendSelect;

  @Option(
      names = "--extend-ignore",
      paramLabel = "CODES",
      split = ",",
      description = "Do not report these codes either, keeping --ignore's list (or the default one).")
  List<String> extendIgnore;

  @Option(
      names = "--per-file-ignores",
      paramLabel = "MAPPING",
      description = "Codes to ignore in some files, as flake8: 'PATTERNS:CODES ...', e.g. 'tests/*:E501 setup.py:E1'.")
  String perFileIgnores;

  @Option(
      names = "--exclude",
      paramLabel = "PATTERNS",
      split = ",",
      description = "Leave out files and directories matching these fnmatch patterns (by name, or by path when a pattern has a '/').")
  List<String> exclude;

  @Option(
      names = "--extend-exclude",
      paramLabel = "PATTERNS",
      split = ",",
      description = "Leave these out too, on top of --exclude.")
  List<String> extendExclude;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Read settings from FILE (a .toml file's [tool.pyvet], otherwise its [flake8] section) instead of looking for one.")
  String config;

  @Option(
      names = "--isolated",
      description = "Ignore every configuration file.")
  boolean isolated;

  @Option(
      names = "--max-line-length",
      paramLabel = "N",
      description = "Longest line E501 allows (default: 79).")
  Integer maxLineLength;

  @Option(
      names = "--max-doc-length",
      paramLabel = "N",
      description = "Longest comment or docstring line W505 allows (default: no limit, W505 off).")
  Integer maxDocLength;

  @Option(
      names = "--max-complexity",
      paramLabel = "N",
      description = "Report functions more complex than N as C901 (default: C901 off).")
  Integer maxComplexity;

  @Option(
      names = "--builtins",
      paramLabel = "NAMES",
      split = ",",
      description = "Names to treat as builtins besides Python's own, comma-separated (F821).")
  List<String> builtins;

  @Option(
      names = "--ignore-names",
      paramLabel = "PATTERNS",
      split = ",",
      description = {
        "Names or fnmatch patterns the N rules leave alone, comma-separated (default: setUp,",
        "tearDown and unittest's other camelCase hooks)."
      })
  List<String> ignoreNames;

  @Option(
      names = "--classmethod-decorators",
      paramLabel = "NAMES",
      split = ",",
      description = "Decorators that make a method a class method for N804/N805 (default: classmethod).")
  List<String> classmethodDecorators;

  @Option(
      names = "--staticmethod-decorators",
      paramLabel = "NAMES",
      split = ",",
      description = "Decorators that make a method a static method for N804/N805 (default: staticmethod).")
  List<String> staticmethodDecorators;

  @Option(
      names = "--doctests",
      description = "Also check the examples in docstrings with the pyflakes rules (F721 for their syntax).")
  Boolean doctests;

  @Option(
      names = "--hang-closing",
      description = "Closing brackets must be indented like the hanging indent (E133 instead of E123).")
  Boolean hangClosing;

  @Option(
      names = "--indent-size",
      paramLabel = "N",
      description = "Indentation step for E111 to E117 (default: 4).")
  Integer indentSize;

  @Option(names = "--exit-zero", description = "Exit with status 0 even when there are findings.")
  boolean exitZero;

  @Option(names = "--disable-noqa", description = "Report findings even on lines with a # noqa comment, and in files with # flake8: noqa.")
  boolean disableNoqa;

  @Option(names = "--no-cache", description = "Neither read nor write the result cache (.pyvet_cache/ in the project root).")
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
    if (maxLineLength != null && maxLineLength < 1 || indentSize != null && indentSize < 1
        || maxDocLength != null && maxDocLength < 1) {
      throw new ParameterException(spec.commandLine(),
          "--max-line-length, --max-doc-length and --indent-size must be at least 1");
    }
    if (jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
    }
    List<String> targets = paths.isEmpty() ? List.of(".") : paths;
    Settings commandLine = commandLineSettings(); // usage errors first
    AppliedSettings applied;
    try {
      applied = new AppliedSettings(fileSettings().overriddenBy(commandLine), workingDirectory);
    } catch (ConfigException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("pyvet: error: " + e.getMessage());
      err.flush();
      return ExitCodes.ERROR;
    }
    CodeSelection selection = applied.selection();

    FileChecker checker = new FileChecker(selection, List.of(RuleEngine.forSelection(selection::isSelected,
        applied.ruleOptions()))).honouringNoqa(!disableNoqa);
    Linter linter = new Linter(checker, jobs);
    ResultCache cache = null;
    if (!noCache) {
      cache = ResultCache.open(projectRoot(applied.settings()), buildFingerprint(), cacheKey(applied));
      linter = linter.using(cache.around(checker));
    }
    OutputFormat format = outputFormat;
    if (format == null && applied.settings().outputFormat() != null) {
      try {
        format = OutputFormat.parse(applied.settings().outputFormat());
      } catch (IllegalArgumentException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("pyvet: error: configuration key 'output-format': " + e.getMessage());
        err.flush();
        return ExitCodes.ERROR;
      }
    }
    ProgressDisplay progress = null;
    if (ProgressDisplay.wanted(format, quiet.length, ProgressDisplay.stderrIsTerminal(), System.getenv("TERM"))) {
      progress = ProgressDisplay.start(spec.commandLine().getErr());
      linter = linter.reporting(progress);
    }
    Linter.Outcome outcome;
    try {
      outcome = linter.checkPaths(new FileDiscovery(workingDirectory, applied.exclusion()), targets);
    } finally {
      if (progress != null) {
        progress.stop(); // its line is gone before anything else is printed
      }
    }
    if (cache != null) {
      cache.save();
    }
    List<Diagnostic> diagnostics = outcome.diagnostics();
    if (applied.hasPerFileIgnores()) {
      diagnostics = diagnostics.stream().filter(applied::keeps).toList();
    }
    new Report(format, quiet.length, showSource, count, statistics, workingDirectory, VersionProvider.version())
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

  /**
   * Where the result cache lives: the folder of the configuration file in use (the project's
   * root, as found from the paths checked), else the working directory.
   */
  private Path projectRoot(Settings settings) {
    Path source = settings.source();
    Path folder = source == null ? null : source.toAbsolutePath().getParent();
    return folder != null ? folder : workingDirectory.toAbsolutePath();
  }

  private static String fingerprint;

  /** This build of pyvet (all three modules' code), computed once per process. */
  private static synchronized String buildFingerprint() {
    if (fingerprint == null) {
      fingerprint = BuildFingerprint.of(CheckCommand.class, FileChecker.class, Parser.class);
    }
    return fingerprint;
  }

  /**
   * Everything besides a file's content and pyvet's code that decides its findings before output:
   * the code selection's inputs, every rule option and whether noqa comments count. Output
   * format, exclusions and per-file-ignores act after the check, so they are not part of it.
   */
  private String cacheKey(AppliedSettings applied) {
    Settings s = applied.settings();
    return "select=" + s.select() + "\nignore=" + s.ignore() + "\nextend-select=" + s.extendSelect()
        + "\nextend-ignore=" + s.extendIgnore() + "\ndefault-ignore=" + DefaultSelection.DEFAULT_IGNORE
        + "\noptions=" + applied.ruleOptions() + "\nnoqa=" + !disableNoqa;
  }

  /** The configuration file's settings: none with --isolated, --config's file, or the one found. */
  private Settings fileSettings() {
    if (isolated) {
      return Settings.EMPTY;
    }
    if (config != null) {
      return ConfigLoader.load(workingDirectory.resolve(config));
    }
    return ConfigLoader.discover(ConfigLoader.lookupStart(workingDirectory, paths));
  }

  /** The options given on the command line, which override the file's. */
  private Settings commandLineSettings() {
    List<PerFileIgnore> perFile = null;
    if (perFileIgnores != null) {
      try {
        perFile = new ArrayList<>();
        for (PerFileIgnore p : PerFileIgnore.parse(perFileIgnores)) {
          perFile.add(new PerFileIgnore(p.pattern(), codes("--per-file-ignores", p.codes())));
        }
      } catch (PerFileIgnore.SyntaxException e) {
        throw new ParameterException(spec.commandLine(), "--per-file-ignores: " + e.getMessage());
      }
    }
    return new Settings(null, codes("--select", select), codes("--ignore", ignore),
        codes("--extend-select", extendSelect), codes("--extend-ignore", extendIgnore), perFile,
        patterns(exclude), patterns(extendExclude), maxLineLength, maxDocLength, maxComplexity,
        hangClosing, indentSize, null, listOption(builtins), listOption(ignoreNames),
        listOption(classmethodDecorators), listOption(staticmethodDecorators), doctests);
  }

  /** A comma-separated list option as flake8 reads it (blanks dropped), null when not given. */
  private static List<String> listOption(List<String> values) {
    if (values == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.addAll(SettingsReader.splitList(v));
    }
    return out;
  }

  private List<String> codes(String option, List<String> values) {
    if (values == null) {
      return null;
    }
    List<String> entries = new ArrayList<>();
    values.forEach(v -> entries.addAll(SettingsReader.splitList(v)));
    try {
      return CodeResolver.resolve(entries);
    } catch (CodeResolver.UnknownCodeException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  private PathPatterns patterns(List<String> values) {
    if (values == null) {
      return null;
    }
    List<String> entries = new ArrayList<>();
    values.forEach(v -> entries.addAll(SettingsReader.splitList(v)));
    return PathPatterns.of(entries, workingDirectory);
  }
}

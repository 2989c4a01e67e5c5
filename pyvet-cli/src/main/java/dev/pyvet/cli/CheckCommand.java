package dev.pyvet.cli;

import dev.pyvet.cli.args.CommandSpec;
import dev.pyvet.cli.args.OptionSpec;
import dev.pyvet.cli.args.ParseResult;
import dev.pyvet.cli.args.Positional;
import dev.pyvet.cli.args.UsageException;
import dev.pyvet.cli.args.ValueConverter;
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

/** {@code pyvet check}: lints files and directories, printing findings as flake8 does. */
final class CheckCommand {
  static final String SUMMARY = "Check Python files and directories for problems.";

  static CommandSpec spec(Path workingDirectory) {
    return CommandSpec.command("pyvet check",
            (args, out, err) -> new CheckCommand(workingDirectory, args).call(out, err))
        .description(
            SUMMARY,
            "",
            "Prints one line per finding, sorted by path, row, column and code:",
            "  PATH:ROW:COLUMN: CODE MESSAGE",
            "Codes (see 'pyvet rules'): pycodestyle's E and W, pyflakes' F, pep8-naming's",
            "N, mccabe's C901 (with --max-complexity) and the expert-practice PV rules.",
            "Off unless selected or --ignore replaces this list:",
            "  " + String.join(",", DefaultSelection.DEFAULT_IGNORE),
            "and the opt-in PV rules, reported only when a --select entry names them.",
            "Besides:",
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
            "")
        .withStandardOptions()
        .positional(Positional.any("PATH", "Files and directories to check (default: the current directory)."))
        .option(list("--select", "CODES").help(
            "Report only these codes, code prefixes or rule names (comma-separated), e.g. E999, E9 or"
                + " line-too-long."))
        .option(list("--ignore", "CODES").help(
            "Do not report these codes or code prefixes (comma-separated).",
            "Replaces the default list: " + String.join(",", DefaultSelection.DEFAULT_IGNORE) + "."))
        .option(list("--extend-select", "CODES").help(
            "Report these codes too, on top of --select (or everything by default)."))
        .option(list("--extend-ignore", "CODES").help(
            "Do not report these codes either, keeping --ignore's list (or the default one)."))
        .option(OptionSpec.value("MAPPING", "--per-file-ignores").help(
            "Codes to ignore in some files, as flake8: 'PATTERNS:CODES ...', e.g."
                + " 'tests/*:E501 setup.py:E1'."))
        .option(list("--exclude", "PATTERNS").help(
            "Leave out files and directories matching these fnmatch patterns (by name, or by path"
                + " when a pattern has a '/')."))
        .option(list("--extend-exclude", "PATTERNS").help("Leave these out too, on top of --exclude."))
        .option(OptionSpec.value("FILE", "--config").help(
            "Read settings from FILE (a .toml file's [tool.pyvet], otherwise its [flake8] section)"
                + " instead of looking for one."))
        .option(OptionSpec.flag("--isolated").help("Ignore every configuration file."))
        .option(number("--max-line-length").help("Longest line E501 allows (default: 79)."))
        .option(number("--max-doc-length").help(
            "Longest comment or docstring line W505 allows (default: no limit, W505 off)."))
        .option(number("--max-complexity").help(
            "Report functions more complex than N as C901 (default: C901 off)."))
        .option(list("--builtins", "NAMES").help(
            "Names to treat as builtins besides Python's own, comma-separated (F821)."))
        .option(list("--ignore-names", "PATTERNS").help(
            "Names or fnmatch patterns the N rules leave alone, comma-separated (default: setUp,"
                + " tearDown and unittest's other camelCase hooks)."))
        .option(list("--classmethod-decorators", "NAMES").help(
            "Decorators that make a method a class method for N804/N805 (default: classmethod)."))
        .option(list("--staticmethod-decorators", "NAMES").help(
            "Decorators that make a method a static method for N804/N805 (default: staticmethod)."))
        .option(OptionSpec.flag("--doctests").help(
            "Also check the examples in docstrings with the pyflakes rules (F721 for their syntax)."))
        .option(OptionSpec.flag("--hang-closing").help(
            "Closing brackets must be indented like the hanging indent (E133 instead of E123)."))
        .option(number("--indent-size").help("Indentation step for E111 to E117 (default: 4)."))
        .option(OptionSpec.flag("--exit-zero").help("Exit with status 0 even when there are findings."))
        .option(OptionSpec.flag("--disable-noqa").help(
            "Report findings even on lines with a # noqa comment, and in files with # flake8: noqa."))
        .option(OptionSpec.flag("--no-cache").help(
            "Neither read nor write the result cache (.pyvet_cache/ in the project root)."))
        .option(OptionSpec.counted("-q", "--quiet").help(
            "-q prints only the paths of files with findings, one per line;",
            "-qq prints nothing (only the exit status tells)."))
        .option(OptionSpec.value("FORMAT", "--output-format").convertedBy(OutputFormat::parse).help(
            "How to print findings: concise (the default: PATH:ROW:COLUMN: CODE MESSAGE), full (with"
                + " the source line and a caret), json, json-lines, github (GitHub Actions"
                + " annotations), junit (JUnit XML) or sarif (SARIF 2.1.0)."))
        .option(OptionSpec.flag("--show-source").help("Show the source line and a caret under each finding."))
        .option(OptionSpec.flag("--count").help("Print the number of findings last."))
        .option(OptionSpec.flag("--statistics").help(
            "Print, per code, the number of findings, the code and its first message."))
        .option(number("--jobs", "-j").help("Check N files at a time (default: the number of processors)."));
  }

  /** A comma-separated list option; it may be repeated, adding to the list. */
  private static OptionSpec list(String name, String label) {
    return OptionSpec.value(label, name).commaSeparatedList();
  }

  private static OptionSpec number(String... names) {
    return OptionSpec.value("N", names).convertedBy(ValueConverter.INT);
  }

  private final List<String> paths;
  private final List<String> select;
  private final List<String> ignore;
  private final List<String> extendSelect;
  private final List<String> extendIgnore;
  private final String perFileIgnores;
  private final List<String> exclude;
  private final List<String> extendExclude;
  private final String config;
  private final boolean isolated;
  private final Integer maxLineLength;
  private final Integer maxDocLength;
  private final Integer maxComplexity;
  private final List<String> builtins;
  private final List<String> ignoreNames;
  private final List<String> classmethodDecorators;
  private final List<String> staticmethodDecorators;
  private final Boolean doctests;
  private final Boolean hangClosing;
  private final Integer indentSize;
  private final boolean exitZero;
  private final boolean disableNoqa;
  private final boolean noCache;
  private final int quiet;
  private final OutputFormat outputFormat;
  private final boolean showSource;
  private final boolean count;
  private final boolean statistics;
  private final int jobs;
  private final Path workingDirectory;

  CheckCommand(Path workingDirectory, ParseResult args) {
    this.workingDirectory = workingDirectory;
    paths = args.positionals();
    select = args.strings("--select");
    ignore = args.strings("--ignore");
    extendSelect = args.strings("--extend-select");
    extendIgnore = args.strings("--extend-ignore");
    perFileIgnores = args.string("--per-file-ignores");
    exclude = args.strings("--exclude");
    extendExclude = args.strings("--extend-exclude");
    config = args.string("--config");
    isolated = args.flag("--isolated");
    maxLineLength = args.integer("--max-line-length");
    maxDocLength = args.integer("--max-doc-length");
    maxComplexity = args.integer("--max-complexity");
    builtins = args.strings("--builtins");
    ignoreNames = args.strings("--ignore-names");
    classmethodDecorators = args.strings("--classmethod-decorators");
    staticmethodDecorators = args.strings("--staticmethod-decorators");
    // null when not given, so that a configuration file's setting stays (--doctests=false overrides it)
    doctests = args.flagOrNull("--doctests");
    hangClosing = args.flagOrNull("--hang-closing");
    indentSize = args.integer("--indent-size");
    exitZero = args.flag("--exit-zero");
    disableNoqa = args.flag("--disable-noqa");
    noCache = args.flag("--no-cache");
    quiet = args.count("--quiet");
    outputFormat = args.value("--output-format", OutputFormat.class);
    showSource = args.flag("--show-source");
    count = args.flag("--count");
    statistics = args.flag("--statistics");
    Integer j = args.integer("--jobs");
    jobs = j != null ? j : Runtime.getRuntime().availableProcessors();
  }

  int call(PrintWriter out, PrintWriter err) {
    if (maxLineLength != null && maxLineLength < 1 || indentSize != null && indentSize < 1
        || maxDocLength != null && maxDocLength < 1) {
      throw new UsageException(
          "--max-line-length, --max-doc-length and --indent-size must be at least 1");
    }
    if (jobs < 1) {
      throw new UsageException("--jobs must be at least 1, not " + jobs);
    }
    List<String> targets = paths.isEmpty() ? List.of(".") : paths;
    Settings commandLine = commandLineSettings(); // usage errors first
    AppliedSettings applied;
    try {
      applied = new AppliedSettings(fileSettings().overriddenBy(commandLine), workingDirectory);
    } catch (ConfigException e) {
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
          err.println("pyvet: error: configuration key 'output-format': " + e.getMessage());
        err.flush();
        return ExitCodes.ERROR;
      }
    }
    ProgressDisplay progress = null;
    if (ProgressDisplay.wanted(format, quiet, ProgressDisplay.stderrIsTerminal(), System.getenv("TERM"))) {
      progress = ProgressDisplay.start(err);
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
    new Report(format, quiet, showSource, count, statistics, workingDirectory, PyvetVersion.version())
        .print(diagnostics, out, err);

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
        throw new UsageException("--per-file-ignores: " + e.getMessage());
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
      throw new UsageException(option + ": " + e.getMessage());
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

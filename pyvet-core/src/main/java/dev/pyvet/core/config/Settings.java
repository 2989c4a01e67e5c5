package dev.pyvet.core.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What a configuration file or the command line says; null means "not given" (so the other
 * source or the default applies). Codes are resolved (rule names turned into codes); exclude
 * patterns are normalised against the directory they are relative to; per-file-ignores patterns
 * are kept as written (flake8 resolves them against the working directory when matching).
 *
 * @param source the file these settings come from, null for the command line or none
 */
public record Settings(
    Path source,
    List<String> select,
    List<String> ignore,
    List<String> extendSelect,
    List<String> extendIgnore,
    List<PerFileIgnore> perFileIgnores,
    PathPatterns exclude,
    PathPatterns extendExclude,
    Integer maxLineLength,
    Integer maxDocLength,
    Integer maxComplexity,
    Boolean hangClosing,
    Integer indentSize,
    String outputFormat,
    List<String> builtins,
    List<String> ignoreNames,
    List<String> classmethodDecorators,
    List<String> staticmethodDecorators,
    Boolean doctests) {

  public static final Settings EMPTY =
      new Settings(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null);

  /** These settings with every field that {@code over} gives replaced by its value. */
  public Settings overriddenBy(Settings over) {
    return new Settings(
        over.source != null ? over.source : source,
        pick(over.select, select),
        pick(over.ignore, ignore),
        pick(over.extendSelect, extendSelect),
        pick(over.extendIgnore, extendIgnore),
        pick(over.perFileIgnores, perFileIgnores),
        pick(over.exclude, exclude),
        pick(over.extendExclude, extendExclude),
        pick(over.maxLineLength, maxLineLength),
        pick(over.maxDocLength, maxDocLength),
        pick(over.maxComplexity, maxComplexity),
        pick(over.hangClosing, hangClosing),
        pick(over.indentSize, indentSize),
        pick(over.outputFormat, outputFormat),
        pick(over.builtins, builtins),
        pick(over.ignoreNames, ignoreNames),
        pick(over.classmethodDecorators, classmethodDecorators),
        pick(over.staticmethodDecorators, staticmethodDecorators),
        pick(over.doctests, doctests));
  }

  private static <T> T pick(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  /** Every key a configuration file may hold, in the kebab-case spelling. */
  public static final List<String> KEYS =
      List.of(
          "select", "ignore", "extend-select", "extend-ignore", "per-file-ignores", "exclude",
          "extend-exclude", "max-line-length", "max-doc-length", "max-complexity", "hang-closing",
          "indent-size", "output-format", "builtins", "ignore-names", "classmethod-decorators",
          "staticmethod-decorators", "doctests");
}

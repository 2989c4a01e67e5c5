package dev.pyvet.core.config;

import dev.pyvet.core.diagnostic.CodeSelection;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.logical.PycodestyleOptions;
import dev.pyvet.core.rule.DefaultSelection;
import dev.pyvet.core.rule.RuleOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Merged {@link Settings} turned into what a check needs: the code selection, pycodestyle's
 * options, the exclusion test for discovery and the per-file-ignores filter.
 */
public final class AppliedSettings {
  private final Settings settings;
  private final Path workingDirectory;
  private final CodeSelection selection;
  private final List<PerFileIgnore> perFile; // patterns normalised against the working directory
  private final Map<String, CodeSelection> perFileSelections = new ConcurrentHashMap<>();

  public AppliedSettings(Settings settings, Path workingDirectory) {
    this.settings = settings;
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.selection = selectionWith(List.of());
    List<PerFileIgnore> normalized = new ArrayList<>();
    if (settings.perFileIgnores() != null) {
      for (PerFileIgnore p : settings.perFileIgnores()) {
        // flake8 resolves these against the working directory, not the config file's
        normalized.add(new PerFileIgnore(PathPatterns.normalize(p.pattern(), this.workingDirectory), p.codes()));
      }
    }
    this.perFile = List.copyOf(normalized);
  }

  public Settings settings() {
    return settings;
  }

  public CodeSelection selection() {
    return selection;
  }

  private CodeSelection selectionWith(List<String> moreIgnores) {
    List<String> extendIgnore = new ArrayList<>(orEmpty(settings.extendIgnore()));
    extendIgnore.addAll(moreIgnores);
    return CodeSelection.flake8(settings.select(), orEmpty(settings.extendSelect()),
        settings.ignore(), extendIgnore, DefaultSelection.DEFAULT_IGNORE);
  }

  public PycodestyleOptions pycodestyleOptions() {
    PycodestyleOptions o = PycodestyleOptions.DEFAULTS;
    if (settings.maxLineLength() != null) {
      o = o.withMaxLineLength(settings.maxLineLength());
    }
    if (settings.maxDocLength() != null) {
      o = o.withMaxDocLength(settings.maxDocLength());
    }
    if (settings.indentSize() != null) {
      o = o.withIndentSize(settings.indentSize());
    }
    if (settings.hangClosing() != null) {
      o = o.withHangClosing(settings.hangClosing());
    }
    return o;
  }

  /** The options of every rule family: pycodestyle's, mccabe's, pyflakes' and pep8-naming's. */
  public RuleOptions ruleOptions() {
    RuleOptions o = RuleOptions.DEFAULTS.withPycodestyle(pycodestyleOptions());
    if (settings.maxComplexity() != null) {
      o = o.withMaxComplexity(settings.maxComplexity());
    }
    if (settings.builtins() != null) {
      o = o.withBuiltins(settings.builtins());
    }
    if (settings.ignoreNames() != null) {
      o = o.withIgnoreNames(settings.ignoreNames());
    }
    if (settings.classmethodDecorators() != null) {
      o = o.withClassmethodDecorators(settings.classmethodDecorators());
    }
    if (settings.staticmethodDecorators() != null) {
      o = o.withStaticmethodDecorators(settings.staticmethodDecorators());
    }
    if (settings.doctests() != null) {
      o = o.withDoctests(settings.doctests());
    }
    return o;
  }

  /** Whether discovery leaves a (displayed) path out: exclude plus extend-exclude. */
  public Predicate<String> exclusion() {
    PathPatterns exclude = settings.exclude() == null ? PathPatterns.NONE : settings.exclude();
    if (settings.extendExclude() != null) {
      exclude = exclude.plus(settings.extendExclude());
    }
    if (exclude.isEmpty()) {
      return path -> false;
    }
    PathPatterns all = exclude;
    return path -> all.matches(path, workingDirectory);
  }

  public boolean hasPerFileIgnores() {
    return !perFile.isEmpty();
  }

  /**
   * Whether a finding survives per-file-ignores: as flake8, the entry with the longest matching
   * pattern (the first of equals) adds its codes to extend-ignore for that file.
   */
  public boolean keeps(Diagnostic d) {
    if (perFile.isEmpty()) {
      return true;
    }
    return perFileSelections.computeIfAbsent(d.path(), this::selectionFor).isSelected(d.code());
  }

  private CodeSelection selectionFor(String path) {
    PerFileIgnore best = null;
    for (PerFileIgnore p : perFile) {
      if ((best == null || p.pattern().length() > best.pattern().length())
          && new PathPatterns(List.of(p.pattern())).matches(path, workingDirectory)) {
        best = p;
      }
    }
    return best == null ? selection : selectionWith(best.codes());
  }

  private static List<String> orEmpty(List<String> l) {
    return l == null ? List.of() : l;
  }
}

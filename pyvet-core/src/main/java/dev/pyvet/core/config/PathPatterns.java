package dev.pyvet.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * flake8's path patterns, for exclude and per-file-ignores: a pattern holding a {@code /} (or
 * equal to {@code .}) is made absolute against a base directory, others stay bare; a path
 * matches when its last component (unless {@code .} or {@code ..}) or its absolute form matches
 * one pattern with {@link Fnmatch}.
 */
public record PathPatterns(List<String> patterns) {
  public static final PathPatterns NONE = new PathPatterns(List.of());

  public PathPatterns {
    patterns = List.copyOf(patterns);
  }

  /** flake8's {@code normalize_path}: patterns with a slash become absolute, trailing slashes go. */
  public static String normalize(String pattern, Path base) {
    String p = pattern;
    if (p.equals(".") || p.contains("/")) {
      p = base.resolve(p).toAbsolutePath().normalize().toString();
    }
    int end = p.length();
    while (end > 0 && p.charAt(end - 1) == '/') {
      end--;
    }
    return p.substring(0, end);
  }

  public static PathPatterns of(List<String> raw, Path base) {
    List<String> out = new ArrayList<>();
    for (String p : raw) {
      out.add(normalize(p, base));
    }
    return new PathPatterns(out);
  }

  public PathPatterns plus(PathPatterns more) {
    List<String> all = new ArrayList<>(patterns);
    all.addAll(more.patterns);
    return new PathPatterns(all);
  }

  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /**
   * Whether {@code path} (as displayed, relative to {@code workingDirectory} unless absolute)
   * matches, as flake8's {@code matches_filename}.
   */
  public boolean matches(String path, Path workingDirectory) {
    if (patterns.isEmpty()) {
      return false;
    }
    String base = baseName(path);
    if (!base.equals(".") && !base.equals("..") && any(base)) {
      return true;
    }
    return any(workingDirectory.resolve(path).toAbsolutePath().normalize().toString());
  }

  private boolean any(String name) {
    for (String p : patterns) {
      if (Fnmatch.matches(name, p)) {
        return true;
      }
    }
    return false;
  }

  /** Python's {@code os.path.basename}: what follows the last slash (empty after a trailing one). */
  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}

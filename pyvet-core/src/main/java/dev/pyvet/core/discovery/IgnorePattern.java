package dev.pyvet.core.discovery;

/**
 * One line of a {@code .gitignore} file, parsed.
 *
 * @param glob the pattern without its leading {@code !}, leading {@code /} and trailing
 *     {@code /}
 * @param negated the line started with {@code !}: it re-includes what it matches
 * @param directoryOnly the line ended with {@code /}: it matches directories only
 * @param anchored the pattern had a {@code /} at its start or middle: it matches the path relative
 *     to the directory of its file; otherwise it matches a name at any depth below it
 */
record IgnorePattern(String glob, boolean negated, boolean directoryOnly, boolean anchored) {

  /** The pattern on {@code line}, or null for a blank line or a comment. */
  static IgnorePattern parse(String line) {
    String s = stripTrailingSpaces(line);
    if (s.isEmpty() || s.charAt(0) == '#') {
      return null;
    }
    boolean negated = false;
    if (s.charAt(0) == '!') {
      negated = true;
      s = s.substring(1);
    }
    boolean directoryOnly = false;
    if (s.endsWith("/") && !s.endsWith("\\/")) {
      directoryOnly = true;
      s = s.substring(0, s.length() - 1);
    }
    boolean anchored = s.indexOf('/') >= 0;
    if (s.startsWith("/")) {
      s = s.substring(1);
    }
    if (s.isEmpty()) {
      return null;
    }
    return new IgnorePattern(s, negated, directoryOnly, anchored);
  }

  /** Git drops trailing spaces unless a backslash quotes them. */
  private static String stripTrailingSpaces(String line) {
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      end--;
    }
    while (end > 0 && line.charAt(end - 1) == ' ') {
      if (end >= 2 && line.charAt(end - 2) == '\\') {
        break;
      }
      end--;
    }
    return line.substring(0, end);
  }

  /**
   * @param relativePath the path relative to the directory holding the {@code .gitignore},
   *     separated by {@code /}
   * @param name the last segment of that path
   */
  boolean matches(String relativePath, String name, boolean isDirectory) {
    if (directoryOnly && !isDirectory) {
      return false;
    }
    return Wildmatch.matches(glob, anchored ? relativePath : name);
  }
}

package dev.pyvet.core.noqa;

/**
 * The file-level directive: a line that starts (after white space) with {@code # flake8: noqa}
 * or {@code # pyvet: noqa}, flake8's {@code \s*# flake8[:=]\s*noqa} matched at the line's start,
 * case-insensitive. Whatever follows "noqa" does not matter, codes included: flake8 7 then
 * ignores the whole file too.
 */
public final class FileNoqa {
  private FileNoqa() {}

  /** Whether the line {@code s[from, end)} disables its file. */
  public static boolean disablesFile(CharSequence s, int from, int end) {
    int p = from;
    while (p < end && PyRegexChars.isSpace(s.charAt(p))) {
      p++;
    }
    if (!PyRegexChars.regionIs(s, p, end, "# ")) {
      return false;
    }
    p += 2;
    if (PyRegexChars.regionIs(s, p, end, "flake8")) {
      p += 6;
    } else if (PyRegexChars.regionIs(s, p, end, "pyvet")) {
      p += 5;
    } else {
      return false;
    }
    if (p >= end || s.charAt(p) != ':' && s.charAt(p) != '=') {
      return false;
    }
    p++;
    while (p < end && PyRegexChars.isSpace(s.charAt(p))) {
      p++;
    }
    return PyRegexChars.regionIs(s, p, end, "noqa");
  }

  public static boolean disablesFile(CharSequence line) {
    return disablesFile(line, 0, line.length());
  }
}

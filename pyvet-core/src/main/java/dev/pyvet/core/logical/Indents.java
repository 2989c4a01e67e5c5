package dev.pyvet.core.logical;

/** pycodestyle's indentation helpers. */
public final class Indents {
  private Indents() {}

  /** pycodestyle's {@code expand_indent}: leading whitespace width, tabs to the next multiple of 8. */
  public static int expand(String line) {
    return expand(line, line.length());
  }

  /** {@link #expand(String)} of {@code line.substring(0, length)}. */
  public static int expand(String line, int length) {
    int end = length;
    while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    int spaces = 0;
    while (spaces < end && line.charAt(spaces) == ' ') {
      spaces++;
    }
    if (spaces == end || line.charAt(spaces) != '\t' && !Chars.isPySpace(line.charAt(spaces))) {
      return spaces; // the usual indent: both ways of counting below agree, whatever follows
    }
    if (line.lastIndexOf('\t', end - 1) < 0) {
      int i = 0;
      while (i < end && Chars.isPySpace(line.charAt(i))) {
        i++;
      }
      return i;
    }
    int result = 0;
    for (int i = 0; i < end; i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        result = result / 8 * 8 + 8;
      } else if (c == ' ') {
        result++;
      } else {
        break;
      }
    }
    return result;
  }

  /** Length of the leading run of spaces and tabs (pycodestyle's INDENT_REGEX). */
  public static int leadingBlanks(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}

package dev.pyvet.cli.output;

/** The line under a source line that points at a column, as flake8's --show-source draws it. */
final class Caret {
  private Caret() {}

  /**
   * Spaces up to the 1-based column {@code col} (counted in code points, like flake8's columns),
   * keeping the line's own whitespace (tabs) so the caret lines up, then {@code ^}.
   */
  static String under(String line, int col) {
    StringBuilder sb = new StringBuilder(col + 1);
    int i = 0;
    for (int k = 1; k < col; k++) {
      if (i < line.length()) {
        int cp = line.codePointAt(i);
        i += Character.charCount(cp);
        // flake8 keeps what Python's str.isspace accepts (tabs above all, so the caret lines up).
        if (isPythonSpace(cp)) {
          sb.appendCodePoint(cp);
        } else {
          sb.append(' ');
        }
      } else {
        sb.append(' ');
      }
    }
    return sb.append('^').toString();
  }

  /** Python's {@code str.isspace} for one code point. */
  static boolean isPythonSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }
}

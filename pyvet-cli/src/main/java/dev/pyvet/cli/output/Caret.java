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
        // Python's str.isspace, as flake8 uses, for the whitespace that matters in indentation.
        sb.append(cp == '\t' || cp == '\f' || cp == '\u000b' ? (char) cp : ' ');
      } else {
        sb.append(' ');
      }
    }
    return sb.append('^').toString();
  }
}

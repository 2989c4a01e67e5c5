package dev.pyvet.core.logical;

/**
 * pycodestyle's options.
 *
 * @param maxLineLength E501's limit (pycodestyle's default 79)
 * @param maxDocLength W505's limit, or -1 for none (the default: W505 is off)
 * @param hangClosing whether closing brackets must match the hanging indent (E133)
 * @param indentSize the indentation step (default 4)
 * @param honourNoqa whether a {@code # noqa} comment silences the checks that pycodestyle
 *     itself lets it silence (E501, E711, E712, E721, E722, W605, ...). flake8 does not pass
 *     pycodestyle's noqa through (it filters findings by its own rules), so this is off by default.
 */
public record PycodestyleOptions(
    int maxLineLength, int maxDocLength, boolean hangClosing, int indentSize, boolean honourNoqa) {

  public static final PycodestyleOptions DEFAULTS = new PycodestyleOptions(79, -1, false, 4, false);

  public PycodestyleOptions withMaxLineLength(int n) {
    return new PycodestyleOptions(n, maxDocLength, hangClosing, indentSize, honourNoqa);
  }

  public PycodestyleOptions withMaxDocLength(int n) {
    return new PycodestyleOptions(maxLineLength, n, hangClosing, indentSize, honourNoqa);
  }

  public PycodestyleOptions withHangClosing(boolean b) {
    return new PycodestyleOptions(maxLineLength, maxDocLength, b, indentSize, honourNoqa);
  }

  public PycodestyleOptions withIndentSize(int n) {
    return new PycodestyleOptions(maxLineLength, maxDocLength, hangClosing, n, honourNoqa);
  }

  public PycodestyleOptions withHonourNoqa(boolean b) {
    return new PycodestyleOptions(maxLineLength, maxDocLength, hangClosing, indentSize, b);
  }

  /** As the generated record {@code toString} prints it; see {@code RuleOptions#toString}. */
  @Override
  public String toString() {
    return "PycodestyleOptions[maxLineLength=" + maxLineLength + ", maxDocLength=" + maxDocLength
        + ", hangClosing=" + hangClosing + ", indentSize=" + indentSize
        + ", honourNoqa=" + honourNoqa + "]";
  }
}

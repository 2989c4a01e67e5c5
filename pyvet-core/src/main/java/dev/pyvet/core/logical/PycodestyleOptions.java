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
 * @param maxComplexity mccabe's C901 threshold, or -1 for none (flake8's default); carried here
 *     because flake8 hands all its plugins one set of options
 */
public record PycodestyleOptions(
    int maxLineLength, int maxDocLength, boolean hangClosing, int indentSize, boolean honourNoqa,
    int maxComplexity) {

  public static final PycodestyleOptions DEFAULTS = new PycodestyleOptions(79, -1, false, 4, false, -1);

  public PycodestyleOptions withMaxLineLength(int n) {
    return new PycodestyleOptions(n, maxDocLength, hangClosing, indentSize, honourNoqa, maxComplexity);
  }

  public PycodestyleOptions withMaxDocLength(int n) {
    return new PycodestyleOptions(maxLineLength, n, hangClosing, indentSize, honourNoqa, maxComplexity);
  }

  public PycodestyleOptions withHangClosing(boolean b) {
    return new PycodestyleOptions(maxLineLength, maxDocLength, b, indentSize, honourNoqa, maxComplexity);
  }

  public PycodestyleOptions withIndentSize(int n) {
    return new PycodestyleOptions(maxLineLength, maxDocLength, hangClosing, n, honourNoqa, maxComplexity);
  }

  public PycodestyleOptions withMaxComplexity(int n) {
    return new PycodestyleOptions(maxLineLength, maxDocLength, hangClosing, indentSize, honourNoqa, n);
  }

  public PycodestyleOptions withHonourNoqa(boolean b) {
    return new PycodestyleOptions(maxLineLength, maxDocLength, hangClosing, indentSize, b, maxComplexity);
  }
}

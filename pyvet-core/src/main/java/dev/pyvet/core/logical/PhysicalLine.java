package dev.pyvet.core.logical;

/**
 * One physical line as pycodestyle's physical-line checks see it.
 *
 * @param text the line with its line break ({@code \n}); lines inside a multi-line string carry
 *     an extra {@code \n}, as pycodestyle appends one
 * @param row the 1-based row
 * @param indentChar the file's indent char so far (space, tab, no-break space), or -1 before
 *     the first indented line
 * @param mixedIndentOffset the offset of the first indent char that is not the file's indent
 *     char (E101), or -1
 * @param multiline whether the line is inside a multi-line string
 * @param noqa whether the current token's line has a {@code # noqa} and the options honour it
 */
public record PhysicalLine(
    String text, int row, FileTokens file, int indentChar, int mixedIndentOffset, boolean multiline, boolean noqa,
    PycodestyleOptions options) {

  public int totalLines() {
    return file.lineCount();
  }
}

package dev.pyvet.core.logical;

/**
 * One physical line as pycodestyle's physical-line checks see it, with the measures several
 * of them need taken once.
 *
 * @param text the line with its line break ({@code \n}); lines inside a multi-line string carry
 *     an extra {@code \n}, as pycodestyle appends one
 * @param row the 1-based row
 * @param indentChar the file's indent char so far (space, tab, no-break space), or -1 before
 *     the first indented line
 * @param mixedIndentOffset the offset of the first indent char that is not the file's indent
 *     char (E101), or -1
 * @param indentLength the length of the leading run of spaces and tabs
 * @param contentLength the length without the trailing line breaks and form feeds
 * @param strippedLength {@code contentLength} without the trailing spaces, tabs and vertical
 *     tabs before them (what W291 and W293 compare)
 * @param multiline whether the line is inside a multi-line string
 * @param noqa whether the current token's line has a {@code # noqa} and the options honour it
 * @param plain whether the line is one of the many that no physical-line check of pycodestyle
 *     reports on: not the last line, indented with the file's indent char and no tab, no
 *     trailing whitespace, within the maximum length (see {@link
 *     dev.pyvet.core.rule.PhysicalLineRule#reportsOnPlainLines})
 */
public record PhysicalLine(
    String text, int row, FileTokens file, int indentChar, int mixedIndentOffset, int indentLength,
    int contentLength, int strippedLength, boolean multiline, boolean noqa, PycodestyleOptions options,
    boolean plain) {

  /** The line of {@code text}, measured here. */
  static PhysicalLine of(String text, int row, FileTokens file, int indentChar, boolean multiline, boolean noqa,
      PycodestyleOptions options) {
    int indent = Indents.leadingBlanks(text);
    int mixed = -1;
    boolean tab = false;
    for (int i = 0; i < indent; i++) {
      char c = text.charAt(i);
      tab |= c == '\t';
      if (mixed < 0 && c != indentChar) {
        mixed = i;
      }
    }
    int content = contentLength(text);
    int stripped = content;
    while (stripped > 0 && (text.charAt(stripped - 1) == ' ' || text.charAt(stripped - 1) == '\t'
        || text.charAt(stripped - 1) == '\u000b')) {
      stripped--;
    }
    boolean plain = mixed < 0 && !tab && stripped == content && content <= options.maxLineLength()
        && row != file.lineCount();
    return new PhysicalLine(text, row, file, indentChar, mixed, indent, content, stripped, multiline, noqa, options,
        plain);
  }

  /** Whether the line {@link #of} would make is {@link #plain}, without making it. */
  static boolean isPlain(String text, int row, FileTokens file, int indentChar, PycodestyleOptions options) {
    int indent = Indents.leadingBlanks(text);
    for (int i = 0; i < indent; i++) {
      if (text.charAt(i) != indentChar || indentChar == '\t') {
        return false;
      }
    }
    int content = contentLength(text);
    if (content > options.maxLineLength() || row == file.lineCount()) {
      return false;
    }
    if (content == 0) {
      return true;
    }
    char last = text.charAt(content - 1);
    return last != ' ' && last != '\t' && last != '\u000b';
  }

  /** Length after stripping line breaks and form feeds from the end. */
  private static int contentLength(String line) {
    int e = line.length();
    while (e > 0 && (line.charAt(e - 1) == '\n' || line.charAt(e - 1) == '\r' || line.charAt(e - 1) == '\f')) {
      e--;
    }
    return e;
  }

  public int totalLines() {
    return file.lineCount();
  }
}

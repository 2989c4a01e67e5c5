package dev.pyvet.core.logical;

import dev.pyvet.syntax.token.TokenType;

/**
 * A token as pycodestyle sees it (Python's {@code tokenize} on text read with universal
 * newlines): its string, and start and end as 1-based rows and 0-based columns. Columns count
 * chars (UTF-16 units) of the row's physical line.
 */
public record PyToken(TokenType type, String string, int startRow, int startCol, int endRow, int endCol) {

  /** True for what {@code tokenize} reports as {@code OP}. */
  public boolean isOp() {
    return type.isOperator() || type == TokenType.ERRORTOKEN;
  }

  public boolean isNewline() {
    return type == TokenType.NEWLINE || type == TokenType.NL;
  }

  /** pycodestyle's SKIP_TOKENS: line breaks, INDENT and DEDENT. */
  public boolean isSkip() {
    return isNewline() || type == TokenType.INDENT || type == TokenType.DEDENT;
  }

  /** pycodestyle's SKIP_COMMENTS: SKIP_TOKENS plus comments and error tokens. */
  public boolean isSkipOrComment() {
    return isSkip() || type == TokenType.COMMENT || type == TokenType.ERRORTOKEN;
  }

  public boolean is(String s) {
    return string.equals(s);
  }

  public boolean startsAt(int row, int col) {
    return startRow == row && startCol == col;
  }

  /** Whether this token ends where {@code next} starts. */
  public boolean touches(PyToken next) {
    return endRow == next.startRow && endCol == next.startCol;
  }
}

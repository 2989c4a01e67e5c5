package dev.pyvet.core.logical;

import dev.pyvet.syntax.token.TokenType;

/**
 * A token as pycodestyle sees it (Python's {@code tokenize} on text read with universal
 * newlines): its string, and start and end as 1-based rows and 0-based columns. Columns count
 * chars (UTF-16 units) of the row's physical line.
 */
public record PyToken(TokenType type, String string, int startRow, int startCol, int endRow, int endCol) {

  // The type tests below run for every token in most analyses: one bit per type (there are
  // fewer than 64) makes each a shift and a mask.
  private static final long OP = opTypes();
  private static final long NEWLINES = bit(TokenType.NEWLINE) | bit(TokenType.NL);
  private static final long SKIP = NEWLINES | bit(TokenType.INDENT) | bit(TokenType.DEDENT);
  private static final long SKIP_OR_COMMENT = SKIP | bit(TokenType.COMMENT) | bit(TokenType.ERRORTOKEN);

  private static long bit(TokenType t) {
    return 1L << t.ordinal();
  }

  private static long opTypes() {
    if (TokenType.values().length > 64) {
      throw new IllegalStateException("more token types than bits in a long");
    }
    long mask = bit(TokenType.ERRORTOKEN);
    for (TokenType t : TokenType.values()) {
      if (t.isOperator()) {
        mask |= bit(t);
      }
    }
    return mask;
  }

  /** True for what {@code tokenize} reports as {@code OP}. */
  public boolean isOp() {
    return (OP >>> type.ordinal() & 1) != 0;
  }

  public boolean isNewline() {
    return (NEWLINES >>> type.ordinal() & 1) != 0;
  }

  /** pycodestyle's SKIP_TOKENS: line breaks, INDENT and DEDENT. */
  public boolean isSkip() {
    return (SKIP >>> type.ordinal() & 1) != 0;
  }

  /** pycodestyle's SKIP_COMMENTS: SKIP_TOKENS plus comments and error tokens. */
  public boolean isSkipOrComment() {
    return (SKIP_OR_COMMENT >>> type.ordinal() & 1) != 0;
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

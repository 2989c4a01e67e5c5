package dev.pyvet.syntax.token;

/**
 * Token types with the names of Python's {@code token} module (3.13), plus the t-string tokens
 * of Python 3.14. Operators carry their exact type (as {@code TokenInfo.exact_type}); {@link
 * #isOperator()} tells which types {@code tokenize} reports as {@code OP}.
 */
public enum TokenType {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  LPAR,
  RPAR,
  LSQB,
  RSQB,
  COLON,
  COMMA,
  SEMI,
  PLUS,
  MINUS,
  STAR,
  SLASH,
  VBAR,
  AMPER,
  LESS,
  GREATER,
  EQUAL,
  DOT,
  PERCENT,
  LBRACE,
  RBRACE,
  EQEQUAL,
  NOTEQUAL,
  LESSEQUAL,
  GREATEREQUAL,
  TILDE,
  CIRCUMFLEX,
  LEFTSHIFT,
  RIGHTSHIFT,
  DOUBLESTAR,
  PLUSEQUAL,
  MINEQUAL,
  STAREQUAL,
  SLASHEQUAL,
  PERCENTEQUAL,
  AMPEREQUAL,
  VBAREQUAL,
  CIRCUMFLEXEQUAL,
  LEFTSHIFTEQUAL,
  RIGHTSHIFTEQUAL,
  DOUBLESTAREQUAL,
  DOUBLESLASH,
  DOUBLESLASHEQUAL,
  AT,
  ATEQUAL,
  RARROW,
  ELLIPSIS,
  COLONEQUAL,
  EXCLAMATION,
  FSTRING_START,
  FSTRING_MIDDLE,
  FSTRING_END,
  TSTRING_START,
  TSTRING_MIDDLE,
  TSTRING_END,
  COMMENT,
  NL,
  ERRORTOKEN;

  private static final TokenType[] VALUES = values();

  /** The type with this {@link #ordinal()}; tokens store ordinals in a byte array. */
  public static TokenType of(int ordinal) {
    return VALUES[ordinal];
  }

  /** True for the types that Python's {@code tokenize} reports as {@code OP}. */
  public boolean isOperator() {
    return ordinal() >= LPAR.ordinal() && ordinal() <= EXCLAMATION.ordinal();
  }
}

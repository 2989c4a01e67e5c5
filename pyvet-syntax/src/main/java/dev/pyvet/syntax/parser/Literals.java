package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.ast.ConstantValue;

/**
 * Turns literal tokens into values exactly as CPython does: numbers (int of any size, float,
 * imaginary; underscores; 0x/0o/0b) and the bodies of string and bytes literals (escape
 * sequences, including {@code \N{NAME}}; raw strings).
 *
 * <p>Problems CPython reports as SyntaxError are thrown as {@link LiteralException} with CPython's
 * message; the caller adds the position.
 */
public final class Literals {
  private Literals() {}

  /** A NUMBER token's text to an Int, Float or Complex constant. */
  public static ConstantValue number(String text) throws LiteralException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /**
   * Decodes the body of a str literal (the text between the quotes, prefix and quotes removed).
   * For an f-string or t-string part, pass the FSTRING_MIDDLE text; doubled braces are then
   * halved too when {@code fstringPart} is true.
   */
  public static String str(String body, boolean raw, boolean fstringPart) throws LiteralException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Decodes the body of a bytes literal. */
  public static byte[] bytes(String body, boolean raw) throws LiteralException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** A literal CPython rejects; the message is CPython's, without position. */
  public static final class LiteralException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Char offset inside the literal body where the problem starts, or -1. */
    private final int offset;

    public LiteralException(String message, int offset) {
      super(message);
      this.offset = offset;
    }

    public int offset() {
      return offset;
    }
  }
}

package dev.pyvet.syntax;

/**
 * A syntax error as CPython reports it: the exception class, its message and its position.
 *
 * <p>{@code line} is 1-based; {@code column} is CPython's {@code SyntaxError.offset}: 1-based and
 * counted in characters (code points) of the line. {@code endLine} and {@code endColumn} follow
 * the same conventions and are 0 when CPython gives no end.
 */
public record PySyntaxError(Kind kind, String message, int line, int column, int endLine, int endColumn) {

  /** CPython's exception classes for errors found while tokenizing or parsing. */
  public enum Kind {
    SyntaxError,
    IndentationError,
    TabError,
    /** CPython's parser gives up on too deeply nested source ("too complex to parse"); no position. */
    MemoryError
  }

  public static PySyntaxError syntax(String message, int line, int column) {
    return new PySyntaxError(Kind.SyntaxError, message, line, column, 0, 0);
  }

  /** {@code "IndentationError: unexpected indent"}, as Python prints the exception line. */
  public String describe() {
    return kind.name() + ": " + message;
  }
}

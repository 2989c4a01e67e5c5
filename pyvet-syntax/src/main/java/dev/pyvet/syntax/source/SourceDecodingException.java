package dev.pyvet.syntax.source;

/** The bytes of a file cannot be turned into Python source text; the message says why. */
public final class SourceDecodingException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;

  public SourceDecodingException(String message, int line) {
    super(message);
    this.line = line;
  }

  /** 1-based line where the problem is, or 0 when it concerns the whole file. */
  public int line() {
    return line;
  }
}

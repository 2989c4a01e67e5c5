package dev.pyvet.core.diagnostic;

/** The codes pyvet reports today, named as flake8/pycodestyle name them. */
public final class Codes {
  private Codes() {}

  /** The file cannot be read or decoded. */
  public static final String IO_ERROR = "E902";

  /** The file is not valid Python: SyntaxError, IndentationError or TabError. */
  public static final String SYNTAX_ERROR = "E999";
}

package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.PySyntaxError;

/**
 * Stops the parser at the first error. Either a finished {@link PySyntaxError}, or only the token
 * where the grammar failed (the diagnosis then decides the message). Thrown once per failing
 * file, never on the valid path, so it carries no stack trace.
 */
final class ParseError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final transient PySyntaxError error;
  final int token;
  /** Message to use for a generic failure when no invalid_* rule applies, or null. */
  final transient PySyntaxError fallback;

  ParseError(PySyntaxError error, int token) {
    this(error, token, null);
  }

  ParseError(PySyntaxError error, int token, PySyntaxError fallback) {
    super(error == null ? "invalid syntax" : error.message(), null, false, false);
    this.error = error;
    this.token = token;
    this.fallback = fallback;
  }
}

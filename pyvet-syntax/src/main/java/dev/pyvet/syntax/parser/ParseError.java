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

  ParseError(PySyntaxError error, int token) {
    super(error == null ? "invalid syntax" : error.message(), null, false, false);
    this.error = error;
    this.token = token;
  }
}

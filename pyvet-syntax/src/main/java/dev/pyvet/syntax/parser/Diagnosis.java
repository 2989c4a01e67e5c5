package dev.pyvet.syntax.parser;

import static dev.pyvet.syntax.parser.Kinds.*;

import dev.pyvet.syntax.PySyntaxError;

/**
 * Turns the first failure of the fast pass into CPython's error: the tokenizer's error when the
 * parser got that far, a specific message when one was raised, else "invalid syntax" at the
 * token where the grammar failed.
 */
final class Diagnosis {
  private Diagnosis() {}

  static PySyntaxError diagnose(TokenView v, ParseError e) {
    PySyntaxError tokError = v.tokens.error();
    int failTok = Math.min(e.token, v.size - 1);
    if (tokError != null && (v.kind[failTok] == ERRORTOKEN || failTok + 1 < v.size && v.kind[failTok + 1] == ERRORTOKEN && e.error == null)) {
      return tokError;
    }
    if (e.error != null) {
      return e.error;
    }
    if (tokError != null && failTok >= v.size - 1) {
      return tokError;
    }
    return generic(v, failTok);
  }

  static PySyntaxError generic(TokenView v, int tok) {
    int k = v.kind[tok];
    if (k == INDENT) {
      return at(v, tok, PySyntaxError.Kind.IndentationError, "unexpected indent");
    }
    if (k == DEDENT && tok + 1 < v.size) {
      // CPython reports the token after a misplaced dedent
      return at(v, tok, PySyntaxError.Kind.IndentationError, "unexpected unindent");
    }
    return at(v, tok, PySyntaxError.Kind.SyntaxError, "invalid syntax");
  }

  static PySyntaxError at(TokenView v, int tok, PySyntaxError.Kind kind, String message) {
    int line = v.startLine[tok];
    int col = v.charColumn1(v.startLineOffset[tok], v.start[tok]);
    int endLine = v.endLine[tok];
    int endCol = col + v.text.codePointCount(v.start[tok], Math.max(v.start[tok], v.end[tok]));
    return new PySyntaxError(kind, message, line, col, endLine, endCol);
  }
}

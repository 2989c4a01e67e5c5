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

  static PySyntaxError diagnose(TokenView v, StatementParser parser, ParseError e) {
    PySyntaxError tokError = v.tokens.error();
    int failTok = Math.min(e.token, v.size - 1);
    int furthest = Math.min(Math.max(failTok, parser.maxSeen), v.size - 1);
    if (e.error != null && (e.error.message().startsWith("f-string: expecting") || e.error.message().startsWith("t-string: expecting"))) {
      return e.error;
    }
    if (tokError != null && (v.kind[furthest] == ERRORTOKEN || furthest + 1 < v.size && v.kind[furthest + 1] == ERRORTOKEN && e.error == null)) {
      return tokError;
    }
    if (e.error != null) {
      return e.error;
    }
    if (tokError != null && failTok >= v.size - 1) {
      return tokError;
    }
    PySyntaxError comma = missingComma(v, parser, failTok);
    if (comma != null) {
      return comma;
    }
    if (e.fallback != null) {
      return e.fallback;
    }
    return generic(v, furthest);
  }

  /**
   * CPython's invalid_expression: inside brackets, an expression directly followed by another
   * one is reported as "Perhaps you forgot a comma?".
   */
  private static PySyntaxError missingComma(TokenView v, StatementParser parser, int failTok) {
    int a = parser.lastDisjStart;
    if (parser.lastDisjEnd != failTok || a < 0 || !ExpressionParser.startsExpression(v.kind[failTok])
        || v.kind[failTok] == Kinds.STAR || v.kind[failTok] == Kinds.MINUS || v.kind[failTok] == Kinds.PLUS
        || v.kind[failTok] == Kinds.LPAR || v.kind[failTok] == Kinds.LSQB) {
      return null;
    }
    if (v.kind[a] == NAME && (v.kind[a + 1] == STRING || v.kind[a + 1] == FSTRING_START) && a + 1 == failTok) {
      return null;
    }
    if (a + 1 == failTok && v.kind[a] == NAME) {
      String name = v.text.substring(v.start[a], v.end[a]);
      if (name.equals("print") || name.equals("exec") || name.equals("match") || name.equals("case")
          || name.equals("type") || name.equals("_")) {
        return null;
      }
    }
    if (bracketDepth(v, failTok) == 0) {
      return null;
    }
    int save = parser.p;
    parser.p = failTok;
    parser.depth = 0;
    try {
      parser.expression();
    } catch (ParseError e) {
      return null;
    } finally {
      parser.p = save;
    }
    return at(v, a, PySyntaxError.Kind.SyntaxError, "invalid syntax. Perhaps you forgot a comma?");
  }

  private static int bracketDepth(TokenView v, int tok) {
    int depth = 0;
    for (int i = 0; i < tok; i++) {
      switch (v.kind[i]) {
        case LPAR, LSQB, LBRACE -> depth++;
        case RPAR, RSQB, RBRACE -> depth--;
        case FSTRING_START, TSTRING_START -> depth++;
        case FSTRING_END, TSTRING_END -> depth--;
        default -> {}
      }
    }
    return depth;
  }

  static PySyntaxError unexpectedIndent(TokenView v, int indentTok) {
    int next = Math.min(indentTok + 1, v.size - 1);
    int col = v.charColumn1(v.startLineOffset[next], v.start[next]) - 1;
    return new PySyntaxError(PySyntaxError.Kind.IndentationError, "unexpected indent", v.startLine[next], col, v.startLine[next], col);
  }

  static PySyntaxError generic(TokenView v, int tok) {
    int k = v.kind[tok];
    if (k == INDENT) {
      return unexpectedIndent(v, tok);
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

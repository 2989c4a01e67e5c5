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
    // 'async' is always checked for a following 'for' (async comprehensions) by CPython
    int[] reach = {v.kind[furthest] == KW_ASYNC && furthest + 1 < v.size && v.kind[furthest + 1] != ERRORTOKEN
        ? furthest + 1 : furthest};
    if (e.error == null && failTok > 0 && v.kind[failTok - 1] == NAME && v.kind[failTok] != LPAR
        && parser.lastDisjEnd == failTok && ExpressionParser.startsExpression(v.kind[failTok])) {
      // CPython's invalid_legacy_expression reads star_expressions after a name that was an expression
      int save = parser.p;
      int saveDepth = parser.depth;
      int saveDisjStart = parser.lastDisjStart;
      int saveDisjEnd = parser.lastDisjEnd;
      parser.p = failTok;
      parser.depth = 0;
      try {
        parser.starExpressions();
        reach[0] = Math.max(reach[0], parser.p);
      } catch (ParseError ignored) {
        reach[0] = Math.max(reach[0], ignored.token);
      } finally {
        parser.p = save;
        parser.depth = saveDepth;
        parser.lastDisjStart = saveDisjStart;
        parser.lastDisjEnd = saveDisjEnd;
      }
    }
    PySyntaxError[] namedHint = {null};
    if (v.kind[failTok] == EQUAL && e.error == null && failTok >= 2 && v.kind[failTok - 1] == NAME
        && (v.kind[failTok - 2] == LPAR || v.kind[failTok - 2] == LSQB || v.kind[failTok - 2] == LBRACE || v.kind[failTok - 2] == COMMA)) {
      // CPython's second pass reads "NAME '=' bitwise_or" (invalid_named_expression, invalid_kwarg)
      int save = parser.p;
      parser.p = failTok + 1;
      parser.depth = 0;
      try {
        dev.pyvet.syntax.ast.Ast.ExprNode rhs = parser.bitwiseOr();
        reach[0] = Math.max(reach[0], parser.p);
        int after = v.kind[Math.min(parser.p, v.size - 1)];
        int before = v.kind[failTok - 2];
        if (e.error == null && after != EQUAL && after != COLONEQUAL && (before == LPAR || before == LSQB || before == LBRACE)) {
          // CPython's invalid_named_expression: NAME '=' bitwise_or inside brackets
          PySyntaxError named = at(v, failTok - 1, PySyntaxError.Kind.SyntaxError,
              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
          namedHint[0] = named;
        }
      } catch (ParseError ignored) {
        reach[0] = Math.max(reach[0], ignored.token);
      } finally {
        parser.p = save;
      }
    }
    PySyntaxError parserError = namedHint[0] != null ? namedHint[0] : parserError(v, parser, e, failTok, furthest, reach);
    if (tokError == null) {
      return parserError;
    }
    if (v.kind[furthest] == ERRORTOKEN) {
      // the parser reached the token where the tokenizer stopped
      return tokError;
    }
    String m = parserError.message();
    if (m.equals("unexpected indent") || m.equals("unexpected unindent")) {
      return parserError;
    }
    if (parserError.kind() == PySyntaxError.Kind.MemoryError || m.startsWith("f-string: expecting") || m.startsWith("t-string: expecting")) {
      return parserError;
    }
    if (v.kind[Math.min(reach[0], v.size - 1)] == ERRORTOKEN) {
      // CPython's second pass fetched the failing token
      return tokError;
    }
    if (insideInterpolatedString(v)) {
      // CPython keeps the parser's error when the tokenizer failed inside an f-string's field
      return parserError;
    }
    // CPython then tokenizes the rest of the file: a tokenizer error found there wins, except
    // that brackets left open at the end only win over errors on later lines.
    if (tokError.message().endsWith("was never closed")) {
      // CPython compares with the line of the last token it fetched (in either pass)
      int r = Math.min(reach[0], v.size - 1);
      int line = Math.max(parserError.line(), v.kind[r] == ERRORTOKEN || v.kind[r] == ENDMARKER ? 0 : v.startLine[r]);
      return line > tokError.line() ? tokError : parserError;
    }
    // errors the tokenizer only signals (indentation, line continuation) do not win, but a
    // bracket open at that point does, against a parser error on a later line
    if (tokError.kind() != PySyntaxError.Kind.SyntaxError || tokError.message().startsWith("too many levels of indentation")
        || tokError.message().startsWith("unexpected character after line continuation")
        || tokError.message().equals("unexpected EOF while parsing")) {
      PySyntaxError unclosed = v.tokens.unclosedBracketAtError();
      if (unclosed != null && parserError.line() > unclosed.line()) {
        return unclosed;
      }
      return parserError;
    }
    return tokError;
  }

  private static PySyntaxError parserError(TokenView v, StatementParser parser, ParseError e, int failTok, int furthest, int[] reach) {
    if (e.error != null) {
      return e.error;
    }
    if (v.kind[failTok] == STRING) {
      // the second pass builds the string's constant, and a decoding error wins
      ParseError decode = parser.strings.decodeError(failTok);
      if (decode != null && decode.error != null) {
        return decode.error;
      }
    }
    PySyntaxError comma = missingComma(v, parser, failTok, reach);
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
  private static PySyntaxError missingComma(TokenView v, StatementParser parser, int failTok, int[] reach) {
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
    // CPython's second pass reads the second expression whether or not it then reports a comma
    int save = parser.p;
    parser.p = failTok;
    parser.depth = 0;
    boolean parsed;
    try {
      parser.expression();
      reach[0] = Math.max(reach[0], parser.p);
      parsed = true;
    } catch (ParseError e) {
      reach[0] = Math.max(reach[0], Math.max(e.token, parser.maxSeen));
      parsed = false;
    } finally {
      parser.p = save;
    }
    if (!parsed || bracketDepth(v, failTok) == 0) {
      return null;
    }
    return at(v, a, PySyntaxError.Kind.SyntaxError, "invalid syntax. Perhaps you forgot a comma?");
  }

  /** True when the tokenizer stopped inside an f-string or t-string. */
  private static boolean insideInterpolatedString(TokenView v) {
    int open = 0;
    for (int i = 0; i < v.size; i++) {
      switch (v.kind[i]) {
        case FSTRING_START, TSTRING_START -> open++;
        case FSTRING_END, TSTRING_END -> open--;
        default -> {}
      }
    }
    return open > 0;
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
    int col = v.charColumn1(v.startLineOffset(next), v.start[next]) - 1;
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
    int[] pos = v.errorPosition(tok);
    int line = pos[0];
    int col = pos[1];
    int endLine = v.endLine[tok];
    int endCol = col + v.text.codePointCount(v.start[tok], Math.max(v.start[tok], v.end[tok]));
    return new PySyntaxError(kind, message, line, col, endLine, endCol);
  }
}

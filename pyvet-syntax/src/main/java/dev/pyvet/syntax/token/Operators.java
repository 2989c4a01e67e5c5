package dev.pyvet.syntax.token;

import static dev.pyvet.syntax.token.TokenType.*;

/** Operator and delimiter tokens by their chars, as CPython's generated token.c decides them. */
final class Operators {
  private Operators() {}

  private static final TokenType[] ONE = new TokenType[128];

  static {
    ONE['('] = LPAR;
    ONE[')'] = RPAR;
    ONE['['] = LSQB;
    ONE[']'] = RSQB;
    ONE[':'] = COLON;
    ONE[','] = COMMA;
    ONE[';'] = SEMI;
    ONE['+'] = PLUS;
    ONE['-'] = MINUS;
    ONE['*'] = STAR;
    ONE['/'] = SLASH;
    ONE['|'] = VBAR;
    ONE['&'] = AMPER;
    ONE['<'] = LESS;
    ONE['>'] = GREATER;
    ONE['='] = EQUAL;
    ONE['.'] = DOT;
    ONE['%'] = PERCENT;
    ONE['{'] = LBRACE;
    ONE['}'] = RBRACE;
    ONE['~'] = TILDE;
    ONE['^'] = CIRCUMFLEX;
    ONE['@'] = AT;
    ONE['!'] = EXCLAMATION;
  }

  /** The one-char token, or null for a char that is no token. */
  static TokenType one(char c) {
    return c < 128 ? ONE[c] : null;
  }

  /** The two-char token, or null. */
  static TokenType two(char c1, char c2) {
    switch (c1) {
      case '!':
        return c2 == '=' ? NOTEQUAL : null;
      case '%':
        return c2 == '=' ? PERCENTEQUAL : null;
      case '&':
        return c2 == '=' ? AMPEREQUAL : null;
      case '*':
        return c2 == '*' ? DOUBLESTAR : c2 == '=' ? STAREQUAL : null;
      case '+':
        return c2 == '=' ? PLUSEQUAL : null;
      case '-':
        return c2 == '=' ? MINEQUAL : c2 == '>' ? RARROW : null;
      case '/':
        return c2 == '/' ? DOUBLESLASH : c2 == '=' ? SLASHEQUAL : null;
      case ':':
        return c2 == '=' ? COLONEQUAL : null;
      case '<':
        // "<>" is NOTEQUAL for the tokenizer; the parser only accepts it under barry_as_FLUFL.
        return c2 == '<' ? LEFTSHIFT : c2 == '=' ? LESSEQUAL : c2 == '>' ? NOTEQUAL : null;
      case '=':
        return c2 == '=' ? EQEQUAL : null;
      case '>':
        return c2 == '=' ? GREATEREQUAL : c2 == '>' ? RIGHTSHIFT : null;
      case '@':
        return c2 == '=' ? ATEQUAL : null;
      case '^':
        return c2 == '=' ? CIRCUMFLEXEQUAL : null;
      case '|':
        return c2 == '=' ? VBAREQUAL : null;
      default:
        return null;
    }
  }

  /** The three-char token, or null. */
  static TokenType three(char c1, char c2, char c3) {
    if (c3 == '=') {
      if (c1 == '*' && c2 == '*') {
        return DOUBLESTAREQUAL;
      }
      if (c1 == '/' && c2 == '/') {
        return DOUBLESLASHEQUAL;
      }
      if (c1 == '<' && c2 == '<') {
        return LEFTSHIFTEQUAL;
      }
      if (c1 == '>' && c2 == '>') {
        return RIGHTSHIFTEQUAL;
      }
    }
    if (c1 == '.' && c2 == '.' && c3 == '.') {
      return ELLIPSIS;
    }
    return null;
  }
}

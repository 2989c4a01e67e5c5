package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.token.TokenType;

/** Integer codes for token kinds: TokenType ordinals, and keyword codes for reserved NAME tokens. */
final class Kinds {
  private Kinds() {}

  static final int ENDMARKER = 0;
  static final int NAME = 1;
  static final int NUMBER = 2;
  static final int STRING = 3;
  static final int NEWLINE = 4;
  static final int INDENT = 5;
  static final int DEDENT = 6;
  static final int LPAR = 7;
  static final int RPAR = 8;
  static final int LSQB = 9;
  static final int RSQB = 10;
  static final int COLON = 11;
  static final int COMMA = 12;
  static final int SEMI = 13;
  static final int PLUS = 14;
  static final int MINUS = 15;
  static final int STAR = 16;
  static final int SLASH = 17;
  static final int VBAR = 18;
  static final int AMPER = 19;
  static final int LESS = 20;
  static final int GREATER = 21;
  static final int EQUAL = 22;
  static final int DOT = 23;
  static final int PERCENT = 24;
  static final int LBRACE = 25;
  static final int RBRACE = 26;
  static final int EQEQUAL = 27;
  static final int NOTEQUAL = 28;
  static final int LESSEQUAL = 29;
  static final int GREATEREQUAL = 30;
  static final int TILDE = 31;
  static final int CIRCUMFLEX = 32;
  static final int LEFTSHIFT = 33;
  static final int RIGHTSHIFT = 34;
  static final int DOUBLESTAR = 35;
  static final int PLUSEQUAL = 36;
  static final int MINEQUAL = 37;
  static final int STAREQUAL = 38;
  static final int SLASHEQUAL = 39;
  static final int PERCENTEQUAL = 40;
  static final int AMPEREQUAL = 41;
  static final int VBAREQUAL = 42;
  static final int CIRCUMFLEXEQUAL = 43;
  static final int LEFTSHIFTEQUAL = 44;
  static final int RIGHTSHIFTEQUAL = 45;
  static final int DOUBLESTAREQUAL = 46;
  static final int DOUBLESLASH = 47;
  static final int DOUBLESLASHEQUAL = 48;
  static final int AT = 49;
  static final int ATEQUAL = 50;
  static final int RARROW = 51;
  static final int ELLIPSIS = 52;
  static final int COLONEQUAL = 53;
  static final int EXCLAMATION = 54;
  static final int FSTRING_START = 55;
  static final int FSTRING_MIDDLE = 56;
  static final int FSTRING_END = 57;
  static final int TSTRING_START = 58;
  static final int TSTRING_MIDDLE = 59;
  static final int TSTRING_END = 60;
  static final int COMMENT = 61;
  static final int NL = 62;
  static final int ERRORTOKEN = 63;

  static final int KW_FALSE = 100;
  static final int KW_NONE = 101;
  static final int KW_TRUE = 102;
  static final int KW_AND = 103;
  static final int KW_AS = 104;
  static final int KW_ASSERT = 105;
  static final int KW_ASYNC = 106;
  static final int KW_AWAIT = 107;
  static final int KW_BREAK = 108;
  static final int KW_CLASS = 109;
  static final int KW_CONTINUE = 110;
  static final int KW_DEF = 111;
  static final int KW_DEL = 112;
  static final int KW_ELIF = 113;
  static final int KW_ELSE = 114;
  static final int KW_EXCEPT = 115;
  static final int KW_FINALLY = 116;
  static final int KW_FOR = 117;
  static final int KW_FROM = 118;
  static final int KW_GLOBAL = 119;
  static final int KW_IF = 120;
  static final int KW_IMPORT = 121;
  static final int KW_IN = 122;
  static final int KW_IS = 123;
  static final int KW_LAMBDA = 124;
  static final int KW_NONLOCAL = 125;
  static final int KW_NOT = 126;
  static final int KW_OR = 127;
  static final int KW_PASS = 128;
  static final int KW_RAISE = 129;
  static final int KW_RETURN = 130;
  static final int KW_TRY = 131;
  static final int KW_WHILE = 132;
  static final int KW_WITH = 133;
  static final int KW_YIELD = 134;

  static {
    TokenType[] all = TokenType.values();
    if (all.length != 64 || all[ERRORTOKEN] != TokenType.ERRORTOKEN || all[EXCLAMATION] != TokenType.EXCLAMATION) {
      throw new AssertionError("Kinds out of sync with TokenType");
    }
  }

  static boolean isKeyword(int kind) {
    return kind >= 100;
  }

  /** The kind of a NAME token: a keyword code or NAME (no allocation: length, first char, then the rest). */
  static int nameKind(String text, int start, int end) {
    int len = end - start;
    if (len < 2 || len > 8) {
      return NAME;
    }
    switch (len * 128 + text.charAt(start)) {
      case 2 * 128 + 'a' -> {
        if (text.startsWith("s", start + 1)) {
          return KW_AS;
        }
        return NAME;
      }
      case 2 * 128 + 'i' -> {
        if (text.startsWith("f", start + 1)) {
          return KW_IF;
        }
        if (text.startsWith("n", start + 1)) {
          return KW_IN;
        }
        if (text.startsWith("s", start + 1)) {
          return KW_IS;
        }
        return NAME;
      }
      case 2 * 128 + 'o' -> {
        if (text.startsWith("r", start + 1)) {
          return KW_OR;
        }
        return NAME;
      }
      case 3 * 128 + 'a' -> {
        if (text.startsWith("nd", start + 1)) {
          return KW_AND;
        }
        return NAME;
      }
      case 3 * 128 + 'd' -> {
        if (text.startsWith("ef", start + 1)) {
          return KW_DEF;
        }
        if (text.startsWith("el", start + 1)) {
          return KW_DEL;
        }
        return NAME;
      }
      case 3 * 128 + 'f' -> {
        if (text.startsWith("or", start + 1)) {
          return KW_FOR;
        }
        return NAME;
      }
      case 3 * 128 + 'n' -> {
        if (text.startsWith("ot", start + 1)) {
          return KW_NOT;
        }
        return NAME;
      }
      case 3 * 128 + 't' -> {
        if (text.startsWith("ry", start + 1)) {
          return KW_TRY;
        }
        return NAME;
      }
      case 4 * 128 + 'N' -> {
        if (text.startsWith("one", start + 1)) {
          return KW_NONE;
        }
        return NAME;
      }
      case 4 * 128 + 'T' -> {
        if (text.startsWith("rue", start + 1)) {
          return KW_TRUE;
        }
        return NAME;
      }
      case 4 * 128 + 'e' -> {
        if (text.startsWith("lif", start + 1)) {
          return KW_ELIF;
        }
        if (text.startsWith("lse", start + 1)) {
          return KW_ELSE;
        }
        return NAME;
      }
      case 4 * 128 + 'f' -> {
        if (text.startsWith("rom", start + 1)) {
          return KW_FROM;
        }
        return NAME;
      }
      case 4 * 128 + 'p' -> {
        if (text.startsWith("ass", start + 1)) {
          return KW_PASS;
        }
        return NAME;
      }
      case 4 * 128 + 'w' -> {
        if (text.startsWith("ith", start + 1)) {
          return KW_WITH;
        }
        return NAME;
      }
      case 5 * 128 + 'F' -> {
        if (text.startsWith("alse", start + 1)) {
          return KW_FALSE;
        }
        return NAME;
      }
      case 5 * 128 + 'a' -> {
        if (text.startsWith("sync", start + 1)) {
          return KW_ASYNC;
        }
        if (text.startsWith("wait", start + 1)) {
          return KW_AWAIT;
        }
        return NAME;
      }
      case 5 * 128 + 'b' -> {
        if (text.startsWith("reak", start + 1)) {
          return KW_BREAK;
        }
        return NAME;
      }
      case 5 * 128 + 'c' -> {
        if (text.startsWith("lass", start + 1)) {
          return KW_CLASS;
        }
        return NAME;
      }
      case 5 * 128 + 'r' -> {
        if (text.startsWith("aise", start + 1)) {
          return KW_RAISE;
        }
        return NAME;
      }
      case 5 * 128 + 'w' -> {
        if (text.startsWith("hile", start + 1)) {
          return KW_WHILE;
        }
        return NAME;
      }
      case 5 * 128 + 'y' -> {
        if (text.startsWith("ield", start + 1)) {
          return KW_YIELD;
        }
        return NAME;
      }
      case 6 * 128 + 'a' -> {
        if (text.startsWith("ssert", start + 1)) {
          return KW_ASSERT;
        }
        return NAME;
      }
      case 6 * 128 + 'e' -> {
        if (text.startsWith("xcept", start + 1)) {
          return KW_EXCEPT;
        }
        return NAME;
      }
      case 6 * 128 + 'g' -> {
        if (text.startsWith("lobal", start + 1)) {
          return KW_GLOBAL;
        }
        return NAME;
      }
      case 6 * 128 + 'i' -> {
        if (text.startsWith("mport", start + 1)) {
          return KW_IMPORT;
        }
        return NAME;
      }
      case 6 * 128 + 'l' -> {
        if (text.startsWith("ambda", start + 1)) {
          return KW_LAMBDA;
        }
        return NAME;
      }
      case 6 * 128 + 'r' -> {
        if (text.startsWith("eturn", start + 1)) {
          return KW_RETURN;
        }
        return NAME;
      }
      case 7 * 128 + 'f' -> {
        if (text.startsWith("inally", start + 1)) {
          return KW_FINALLY;
        }
        return NAME;
      }
      case 8 * 128 + 'c' -> {
        if (text.startsWith("ontinue", start + 1)) {
          return KW_CONTINUE;
        }
        return NAME;
      }
      case 8 * 128 + 'n' -> {
        if (text.startsWith("onlocal", start + 1)) {
          return KW_NONLOCAL;
        }
        return NAME;
      }
      default -> {
        return NAME;
      }
    }
  }
}

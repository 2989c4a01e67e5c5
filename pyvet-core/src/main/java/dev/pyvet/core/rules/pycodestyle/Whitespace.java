package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.Chars;
import dev.pyvet.core.logical.FileTokens;
import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.logical.PyToken;
import dev.pyvet.syntax.token.TokenType;
import java.util.List;

/** pycodestyle's whitespace analyses (E2xx), each shared by the rules of its codes. */
final class Whitespace {
  private Whitespace() {}

  private static final long[] BRACKETS_AND_PUNCTUATION = LogicalLine.charMask("[({]}),;:");
  private static final long[] OPERATOR_CHARS = LogicalLine.charMask("-+*/|!<=>%&^:");
  private static final long[] COMMA_CHARS = LogicalLine.charMask(",;:");

  /** Whether the text holds a tab or two whitespace chars in a row: E22x, E24x and E27x need one. */
  private static boolean hasWideSpace(LogicalLine line) {
    return line.has('\t') || line.hasSpaceRun();
  }

  /**
   * E201, E202, E203, E204: pycodestyle's EXTRANEOUS_WHITESPACE_REGEX scanned by hand: an
   * opening bracket then a space or tab, or a space or tab then a closing bracket or {@code ,;:}
   * not followed by {@code =}.
   */
  static final Analysis EXTRANEOUS_WHITESPACE = Whitespace::extraneousWhitespace;

  static void extraneousWhitespace(LogicalLine line, Hits hits) {
    // a space or tab next to a bracket or ,;: or a decorator's '@' first
    if (line.text().startsWith("@") || (line.has(' ') || line.has('\t')) && line.hasAny(BRACKETS_AND_PUNCTUATION)) {
      extraneous(line.chars(), hits);
    }
  }


  static List<Hit> extraneous(String text) {
    Hits hits = Hits.collecting();
    extraneous(text.toCharArray(), hits);
    return hits.collected();
  }

  static void extraneous(char[] s, Hits hits) {
    int n = s.length;
    int i = 0;
    while (i + 1 < n) {
      char a = s[i];
      char b = s[i + 1];
      if ((a == '[' || a == '(' || a == '{') && (b == ' ' || b == '\t')) {
        hits.at(i + 1, "E201 whitespace after '" + a + "'");
        i += 2;
      } else if ((a == ' ' || a == '\t') && (b == ']' || b == '}' || b == ')' || b == ',' || b == ';' || b == ':')
          && !(i + 2 < n && s[i + 2] == '=')) {
        if (s[i - 1 < 0 ? n - 1 : i - 1] != ',') { // Python's s[i - 1]
          String code = b == '}' || b == ']' || b == ')' ? "E202" : "E203";
          hits.at(i, code + " whitespace before '" + b + "'");
        }
        i += 2;
      } else {
        i++;
      }
    }
    if (n >= 2 && s[0] == '@' && Chars.isPySpace(s[1])) {
      hits.at(1, "E204 whitespace after decorator '@'");
    }
  }

  /**
   * E271, E272, E273, E274: pycodestyle's {@code (\s*)\b(?:KEYWORDS)\b(\s*)} scanned by hand.
   * A match is a whole word that is a keyword, with the whitespace run before it (from where the
   * search resumed) and after it.
   */
  static final Analysis AROUND_KEYWORDS = Whitespace::aroundKeywords;

  static void aroundKeywords(LogicalLine line, Hits hits) {
    if (hasWideSpace(line)) {
      aroundKeywords(line.chars(), hits);
    }
  }

  static List<Hit> aroundKeywords(String text) {
    Hits hits = Hits.collecting();
    aroundKeywords(text.toCharArray(), hits);
    return hits.collected();
  }

  static void aroundKeywords(char[] s, Hits hits) {
    int n = s.length;
    int from = 0;
    int k = 0;
    while (k < n) {
      if (!Chars.isWordChar(s[k])) {
        k++;
        continue;
      }
      // k starts a word: the scan only ever stops at word starts and non-word chars
      int e = k + 1;
      while (e < n && Chars.isWordChar(s[e])) {
        e++;
      }
      if (!Python.isPycodestyleKeyword(s, k, e)) {
        k = e;
        continue;
      }
      int b = k;
      while (b > from && Chars.isPySpace(s[b - 1])) {
        b--;
      }
      int f = e;
      while (f < n && Chars.isPySpace(s[f])) {
        f++;
      }
      report(hits, s, b, k, "E274 tab before keyword", "E272 multiple spaces before keyword");
      report(hits, s, e, f, "E273 tab after keyword", "E271 multiple spaces after keyword");
      from = f;
      k = f; // after whitespace or at the char ending the keyword: never inside a word
    }
  }

  private static void report(Hits hits, char[] s, int start, int end, String tab, String multiple) {
    for (int i = start; i < end; i++) {
      if (s[i] == '\t') {
        hits.at(start, tab);
        return;
      }
    }
    if (end - start > 1) {
      hits.at(start, multiple);
    }
  }

  /**
   * E221, E222, E223, E224: pycodestyle's OPERATOR_REGEX scanned by hand: a char that is neither
   * a comma nor whitespace, a whitespace run, a run of operator chars (or {@code :=}), and the
   * whitespace run after it.
   */
  static final Analysis AROUND_OPERATOR = Whitespace::aroundOperator;

  static void aroundOperator(LogicalLine line, Hits hits) {
    if (hasWideSpace(line) && line.hasAny(OPERATOR_CHARS)) {
      aroundOperator(line.chars(), hits);
    }
  }

  static List<Hit> aroundOperator(String text) {
    Hits hits = Hits.collecting();
    aroundOperator(text.toCharArray(), hits);
    return hits.collected();
  }

  static void aroundOperator(char[] s, Hits hits) {
    // The regex's match for the leftmost start i (a char neither comma nor whitespace) is the
    // one whose operator j (the first non-space after i) comes first: so step through the
    // operator positions j and take the first whose i, the last non-space before it, is valid.
    int n = s.length;
    int from = 0; // where the search resumes
    int j = 1;
    while (j < n) {
      char c = s[j];
      int e;
      if (Chars.isOperatorChar(c)) {
        e = j + 1;
        while (e < n && Chars.isOperatorChar(s[e])) {
          e++;
        }
      } else if (c == ':' && j + 1 < n && s[j + 1] == '=') {
        e = j + 2;
      } else {
        j++;
        continue;
      }
      int i = j - 1;
      while (i >= from && Chars.isPySpace(s[i])) {
        i--;
      }
      if (i < from || s[i] == ',') {
        j++;
        continue;
      }
      int f = e;
      while (f < n && Chars.isPySpace(s[f])) {
        f++;
      }
      report(hits, s, i + 1, j, "E223 tab before operator", "E221 multiple spaces before operator");
      report(hits, s, e, f, "E224 tab after operator", "E222 multiple spaces after operator");
      from = f;
      j = f + 1;
    }
  }

  /**
   * E241, E242: pycodestyle's WHITESPACE_AFTER_COMMA_REGEX scanned by hand: a comma, semicolon
   * or colon, then a whitespace run holding two spaces in a row or a tab (the regex's greedy
   * match ends after the last of them).
   */
  static final Analysis AROUND_COMMA = Whitespace::aroundComma;

  static void aroundComma(LogicalLine line, Hits hits) {
    if (hasWideSpace(line) && line.hasAny(COMMA_CHARS)) {
      aroundComma(line.chars(), hits);
    }
  }

  static List<Hit> aroundComma(String text) {
    Hits hits = Hits.collecting();
    aroundComma(text.toCharArray(), hits);
    return hits.collected();
  }

  static void aroundComma(char[] s, Hits hits) {
    int n = s.length;
    int i = 0;
    while (i < n) {
      char c = s[i];
      if (c != ',' && c != ';' && c != ':') {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && Chars.isPySpace(s[j])) {
        j++;
      }
      int end = -1;
      for (int k = j - 1; k > i; k--) {
        if (k + 1 < j && s[k] == ' ' && s[k + 1] == ' ') {
          end = k + 2;
          break;
        }
        if (s[k] == '\t') {
          end = k + 1;
          break;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      boolean tab = false;
      for (int k = i + 1; k < end; k++) {
        if (s[k] == '\t') {
          tab = true;
          break;
        }
      }
      if (tab) {
        hits.at(i + 1, "E242 tab after '" + c + "'");
      } else {
        hits.at(i + 1, "E241 multiple spaces after '" + c + "'");
      }
      i = end;
    }
  }

  private static final int WS_NEEDED = 1;
  private static final int UNARY = 2;
  private static final int WS_OPTIONAL = 3;

  /**
   * Which of pycodestyle's operator lists holds {@code s}, the first that does in the order the
   * check asks: WS_NEEDED_OPERATORS, UNARY_OPERATORS, then WS_OPTIONAL_OPERATORS; 0 for none.
   */
  private static int operatorList(String s) {
    return switch (s) {
      case "**=", "*=", "/=", "//=", "+=", "-=", "!=", "<", ">", "%=", "^=", "&=", "|=", "==", "<=", ">=",
          "<<=", ">>=", "=", "and", "in", "is", "or", "->", ":=" -> WS_NEEDED;
      case ">>", "**", "*", "+", "-" -> UNARY;
      case "/", "//", "@", "^", "&", "|", "<<", "%" -> WS_OPTIONAL;
      default -> 0;
    };
  }

  /** {@link #operatorList} of each token type's fixed text (see {@link FileTokens#fixedText}). */
  private static final byte[] LIST_BY_TYPE = listsByType();

  private static byte[] listsByType() {
    TokenType[] types = TokenType.values();
    byte[] lists = new byte[types.length];
    for (TokenType t : types) {
      String fixed = FileTokens.fixedText(t);
      lists[t.ordinal()] = (byte) (fixed == null ? 0 : operatorList(fixed));
    }
    return lists;
  }

  /**
   * {@link #operatorList} of a token: from its type when it carries its type's fixed text, so
   * that the usual operator costs no string switch; of the names only and, in, is and or are
   * in the lists.
   */
  private static int operatorList(TokenType type, String text) {
    if (type == TokenType.NAME) {
      int n = text.length();
      if (n == 2) {
        char a = text.charAt(0);
        char b = text.charAt(1);
        return a == 'i' && (b == 'n' || b == 's') || a == 'o' && b == 'r' ? WS_NEEDED : 0;
      }
      return n == 3 && text.equals("and") ? WS_NEEDED : 0;
    }
    return FileTokens.fixedText(type) == text ? LIST_BY_TYPE[type.ordinal()] : operatorList(text);
  }

  private static boolean isArithmetic(String s) {
    return switch (s) {
      case "**", "*", "/", "//", "+", "-", "@" -> true;
      default -> false;
    };
  }

  /** The text's only char, or 0 when it has none or more. */
  static char single(String text) {
    return text.length() == 1 ? text.charAt(0) : 0;
  }

  /** Python's {@code s in chars} for strings: whether {@code s} is a substring of {@code chars}. */
  static boolean in(String s, String chars) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (n == 1) {
      char c = s.charAt(0);
      for (int i = 0; i < chars.length(); i++) {
        if (chars.charAt(i) == c) {
          return true;
        }
      }
      return false;
    }
    return chars.contains(s);
  }

  /** E225, E226, E227, E228, E231: pycodestyle's {@code missing_whitespace}. */
  static final Analysis MISSING = Whitespace::missing;

  static void missing(LogicalLine line, Hits hits) {
    // need: 0 no, 1 True, 2 (pos, flag)
    int need = 0;
    int needRow = 0;
    int needCol = 0;
    boolean needFlag = false;
    boolean prevIsOp = true;
    String prevText = null;
    char prevSingle = 0;
    int prevRow = -1;
    int prevCol = -1;
    // open brackets, f-/t-strings ('f', 't') and lambdas ('l')
    char[] stack = new char[8];
    int depth = 0;
    for (PyToken t : line.tokenArray()) {
      TokenType type = t.type();
      String text = t.string();
      boolean isOp = t.isOp();
      char one = single(text);
      char push = 0;
      if (isOp && (one == '[' || one == '(' || one == '{')) {
        push = one;
      } else if (type == TokenType.FSTRING_START) {
        push = 'f';
      } else if (type == TokenType.TSTRING_START) {
        push = 't';
      } else if (type == TokenType.NAME && text.length() == 6 && text.equals("lambda")) {
        push = 'l';
      } else if (depth > 0) {
        if (isOp && (one == ']' || one == ')' || one == '}')) {
          depth--;
        } else if (type == TokenType.FSTRING_END || type == TokenType.TSTRING_END) {
          depth--;
        } else if (stack[depth - 1] == 'l' && isOp && one == ':') {
          depth--;
        }
      }
      if (push != 0) {
        if (depth == stack.length) {
          stack = java.util.Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = push;
      }
      if (t.isSkipOrComment()) {
        continue;
      }
      char top = depth > 0 ? stack[depth - 1] : 0;
      boolean inFormatSpec = depth >= 2 && top == '{' && (stack[depth - 2] == 'f' || stack[depth - 2] == 't');
      if (isOp && (one == ',' || one == ';' || one == ':')) {
        String tokenLine = line.file().tokenLine(t);
        char next = t.endCol() < tokenLine.length() ? tokenLine.charAt(t.endCol()) : 0;
        boolean whitespaceNext = next == 0 || Chars.isWhitespace(next) || next == '\r' || next == '\n';
        if (!whitespaceNext) {
          if (one == ':' && top == '[') {
            // slice
          } else if (one == ':' && inFormatSpec) {
            // format specifier
          } else if (one == ',' && (next == ')' || next == ']')) {
            // tuple
          } else {
            hits.atPosition(t.startRow(), t.startCol(), "E231 missing whitespace after '" + text + "'");
          }
        }
      }
      boolean touching = t.startRow() == prevRow && t.startCol() == prevCol;
      if (need != 0) {
        if (!touching) {
          if (need == 2 && !needFlag) {
            hits.atPosition(needRow, needCol, "E225 missing whitespace around operator");
          }
          need = 0;
        } else if (prevSingle == '/' && (one == ',' || one == ')' || one == ':')
            || prevSingle == ')' && one == ':') {
          // PEP 570's positional-only marker
        } else {
          if (need == 1 || needFlag) {
            hits.atPosition(prevRow, prevCol, "E225 missing whitespace around operator");
          } else if (!"**".equals(prevText)) {
            String code = "E226";
            String kind = "arithmetic";
            if (prevSingle == '%') {
              code = "E228";
              kind = "modulo";
            } else if (!isArithmetic(prevText)) {
              code = "E227";
              kind = "bitwise or shift";
            }
            hits.atPosition(needRow, needCol, code + " missing whitespace around " + kind + " operator");
          }
          need = 0;
        }
      } else if ((isOp || type == TokenType.NAME) && prevRow >= 0) {
        boolean optional = false;
        if (one == '=' && (top == 'l' || top == '(' || inFormatSpec)) {
          // keyword argument, default, f-string '='
        } else {
          int list = operatorList(type, text);
          if (list == WS_NEEDED) {
            need = 1;
          } else if (list == UNARY) {
            if (prevIsOp && prevText != null && in(prevText, "}])")
                || !prevIsOp && !Python.isPycodestyleKeyword(prevText) && !Python.isSoftKeyword(prevText)) {
              optional = true;
            }
          } else if (list == WS_OPTIONAL) {
            optional = true;
          }
        }
        if (optional) {
          need = 2;
          needRow = prevRow;
          needCol = prevCol;
          needFlag = !touching;
        } else if (need == 1 && touching) {
          hits.atPosition(prevRow, prevCol, "E225 missing whitespace around operator");
          need = 0;
        }
      }
      prevIsOp = isOp;
      prevText = text;
      prevSingle = one;
      prevRow = t.endRow();
      prevCol = t.endCol();
    }
  }
}

package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.Chars;
import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.logical.PyToken;
import dev.pyvet.syntax.token.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** pycodestyle's whitespace analyses (E2xx), each shared by the rules of its codes. */
final class Whitespace {
  private Whitespace() {}

  /**
   * E201, E202, E203, E204: pycodestyle's EXTRANEOUS_WHITESPACE_REGEX scanned by hand: an
   * opening bracket then a space or tab, or a space or tab then a closing bracket or {@code ,;:}
   * not followed by {@code =}.
   */
  static final Function<LogicalLine, List<Hit>> EXTRANEOUS_WHITESPACE = line -> extraneous(line.text());

  static List<Hit> extraneous(String text) {
    List<Hit> hits = new ArrayList<>();
    String s = text;
    int n = s.length();
    int i = 0;
    while (i + 1 < n) {
      char a = s.charAt(i);
      char b = s.charAt(i + 1);
      if ("[({".indexOf(a) >= 0 && (b == ' ' || b == '\t')) {
        hits.add(Hit.at(i + 1, "E201 whitespace after '" + a + "'"));
        i += 2;
      } else if ((a == ' ' || a == '\t') && "]}),;:".indexOf(b) >= 0 && !(i + 2 < n && s.charAt(i + 2) == '=')) {
        if (charAt(s, i - 1) != ',') {
          String code = "}])".indexOf(b) >= 0 ? "E202" : "E203";
          hits.add(Hit.at(i, code + " whitespace before '" + b + "'"));
        }
        i += 2;
      } else {
        i++;
      }
    }
    if (s.length() >= 2 && s.charAt(0) == '@' && Chars.isPySpace(s.charAt(1))) {
      hits.add(Hit.at(1, "E204 whitespace after decorator '@'"));
    }
    return hits;
  }

  /** Python's s[i], negative indices from the end. */
  static char charAt(String s, int i) {
    return s.charAt(i < 0 ? s.length() + i : i);
  }

  /**
   * E271, E272, E273, E274: pycodestyle's {@code (\s*)\b(?:KEYWORDS)\b(\s*)} scanned by hand.
   * A match is a whole word that is a keyword, with the whitespace run before it (from where the
   * search resumed) and after it.
   */
  static final Function<LogicalLine, List<Hit>> AROUND_KEYWORDS = line -> aroundKeywords(line.text());

  static List<Hit> aroundKeywords(String text) {
    List<Hit> hits = new ArrayList<>();
    String s = text;
    int n = s.length();
    int from = 0;
    int k = 0;
    while (k < n) {
      char c = s.charAt(k);
      if (!Chars.isWordChar(c) || k > 0 && Chars.isWordChar(s.charAt(k - 1))) {
        k++;
        continue;
      }
      int e = k;
      while (e < n && Chars.isWordChar(s.charAt(e))) {
        e++;
      }
      if (!Python.isPycodestyleKeyword(s.substring(k, e))) {
        k = e;
        continue;
      }
      int b = k;
      while (b > from && Chars.isPySpace(s.charAt(b - 1))) {
        b--;
      }
      int f = e;
      while (f < n && Chars.isPySpace(s.charAt(f))) {
        f++;
      }
      report(hits, s, b, k, "E274 tab before keyword", "E272 multiple spaces before keyword");
      report(hits, s, e, f, "E273 tab after keyword", "E271 multiple spaces after keyword");
      from = f;
      k = f;
    }
    return hits;
  }

  private static void report(List<Hit> hits, String s, int start, int end, String tab, String multiple) {
    if (s.lastIndexOf('\t', end - 1) >= start) {
      hits.add(Hit.at(start, tab));
    } else if (end - start > 1) {
      hits.add(Hit.at(start, multiple));
    }
  }

  private static boolean isOperatorChar(char c) {
    return "-+*/|!<=>%&^".indexOf(c) >= 0;
  }

  /**
   * E221, E222, E223, E224: pycodestyle's OPERATOR_REGEX scanned by hand: a char that is neither
   * a comma nor whitespace, a whitespace run, a run of operator chars (or {@code :=}), and the
   * whitespace run after it.
   */
  static final Function<LogicalLine, List<Hit>> AROUND_OPERATOR = line -> aroundOperator(line.text());

  static List<Hit> aroundOperator(String text) {
    List<Hit> hits = new ArrayList<>();
    String s = text;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == ',' || Chars.isPySpace(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && Chars.isPySpace(s.charAt(j))) {
        j++;
      }
      int e;
      if (j < n && isOperatorChar(s.charAt(j))) {
        e = j + 1;
        while (e < n && isOperatorChar(s.charAt(e))) {
          e++;
        }
      } else if (s.startsWith(":=", j)) {
        e = j + 2;
      } else {
        i++;
        continue;
      }
      int f = e;
      while (f < n && Chars.isPySpace(s.charAt(f))) {
        f++;
      }
      report(hits, s, i + 1, j, "E223 tab before operator", "E221 multiple spaces before operator");
      report(hits, s, e, f, "E224 tab after operator", "E222 multiple spaces after operator");
      i = f;
    }
    return hits;
  }

  /**
   * E241, E242: pycodestyle's WHITESPACE_AFTER_COMMA_REGEX scanned by hand: a comma, semicolon
   * or colon, then a whitespace run holding two spaces in a row or a tab (the regex's greedy
   * match ends after the last of them).
   */
  static final Function<LogicalLine, List<Hit>> AROUND_COMMA = line -> aroundComma(line.text());

  static List<Hit> aroundComma(String text) {
    List<Hit> hits = new ArrayList<>();
    String s = text;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c != ',' && c != ';' && c != ':') {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && Chars.isPySpace(s.charAt(j))) {
        j++;
      }
      int end = -1;
      for (int k = j - 1; k > i; k--) {
        if (k + 1 < j && s.charAt(k) == ' ' && s.charAt(k + 1) == ' ') {
          end = k + 2;
          break;
        }
        if (s.charAt(k) == '\t') {
          end = k + 1;
          break;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      if (s.lastIndexOf('\t', end - 1) > i) {
        hits.add(Hit.at(i + 1, "E242 tab after '" + c + "'"));
      } else {
        hits.add(Hit.at(i + 1, "E241 multiple spaces after '" + c + "'"));
      }
      i = end;
    }
    return hits;
  }

  private static final Set<String> WS_NEEDED = Set.of("**=", "*=", "/=", "//=", "+=", "-=", "!=", "<", ">",
      "%=", "^=", "&=", "|=", "==", "<=", ">=", "<<=", ">>=", "=", "and", "in", "is", "or", "->", ":=");
  private static final Set<String> UNARY = Set.of(">>", "**", "*", "+", "-");
  private static final Set<String> ARITHMETIC = Set.of("**", "*", "/", "//", "+", "-", "@");
  private static final Set<String> WS_OPTIONAL = Set.of("**", "*", "/", "//", "+", "-", "@", "^", "&", "|",
      "<<", ">>", "%");

  private static boolean stackEndsWith(List<Character> stack, char... tail) {
    if (stack.size() < tail.length) {
      return false;
    }
    for (int i = 0; i < tail.length; i++) {
      if (stack.get(stack.size() - tail.length + i) != tail[i]) {
        return false;
      }
    }
    return true;
  }

  /** E225, E226, E227, E228, E231: pycodestyle's {@code missing_whitespace}. */
  static final Function<LogicalLine, List<Hit>> MISSING = line -> {
    List<Hit> hits = new ArrayList<>();
    // need: 0 no, 1 True, 2 (pos, flag)
    int need = 0;
    int needRow = 0;
    int needCol = 0;
    boolean needFlag = false;
    boolean prevIsOp = true;
    String prevText = null;
    int prevRow = -1;
    int prevCol = -1;
    List<Character> stack = new ArrayList<>();
    for (PyToken t : line.tokens()) {
      TokenType type = t.type();
      String text = t.string();
      if (t.isOp() && (text.equals("[") || text.equals("(") || text.equals("{"))) {
        stack.add(text.charAt(0));
      } else if (type == TokenType.FSTRING_START) {
        stack.add('f');
      } else if (type == TokenType.TSTRING_START) {
        stack.add('t');
      } else if (type == TokenType.NAME && text.equals("lambda")) {
        stack.add('l');
      } else if (!stack.isEmpty()) {
        if (t.isOp() && (text.equals("]") || text.equals(")") || text.equals("}"))) {
          stack.remove(stack.size() - 1);
        } else if (type == TokenType.FSTRING_END || type == TokenType.TSTRING_END) {
          stack.remove(stack.size() - 1);
        } else if (stack.get(stack.size() - 1) == 'l' && t.isOp() && text.equals(":")) {
          stack.remove(stack.size() - 1);
        }
      }
      if (t.isSkipOrComment()) {
        continue;
      }
      if (t.isOp() && (text.equals(",") || text.equals(";") || text.equals(":"))) {
        String tokenLine = line.file().tokenLine(t);
        char next = t.endCol() < tokenLine.length() ? tokenLine.charAt(t.endCol()) : 0;
        boolean whitespaceNext = next == 0 || Chars.isWhitespace(next) || next == '\r' || next == '\n';
        if (!whitespaceNext) {
          if (text.equals(":") && stackEndsWith(stack, '[')) {
            // slice
          } else if (text.equals(":") && (stackEndsWith(stack, 'f', '{') || stackEndsWith(stack, 't', '{'))) {
            // format specifier
          } else if (text.equals(",") && (next == ')' || next == ']')) {
            // tuple
          } else {
            hits.add(Hit.atPosition(t.startRow(), t.startCol(), "E231 missing whitespace after '" + text + "'"));
          }
        }
      }
      boolean touching = t.startRow() == prevRow && t.startCol() == prevCol;
      if (need != 0) {
        if (!touching) {
          if (need == 2 && !needFlag) {
            hits.add(Hit.atPosition(needRow, needCol, "E225 missing whitespace around operator"));
          }
          need = 0;
        } else if ("/".equals(prevText) && (text.equals(",") || text.equals(")") || text.equals(":"))
            || ")".equals(prevText) && text.equals(":")) {
          // PEP 570's positional-only marker
        } else {
          if (need == 1 || needFlag) {
            hits.add(Hit.atPosition(prevRow, prevCol, "E225 missing whitespace around operator"));
          } else if (!"**".equals(prevText)) {
            String code = "E226";
            String kind = "arithmetic";
            if ("%".equals(prevText)) {
              code = "E228";
              kind = "modulo";
            } else if (!ARITHMETIC.contains(prevText)) {
              code = "E227";
              kind = "bitwise or shift";
            }
            hits.add(Hit.atPosition(needRow, needCol, code + " missing whitespace around " + kind + " operator"));
          }
          need = 0;
        }
      } else if ((t.isOp() || type == TokenType.NAME) && prevRow >= 0) {
        boolean optional = false;
        if (text.equals("=") && (stackEndsWith(stack, 'l') || stackEndsWith(stack, '(')
            || stackEndsWith(stack, 'f', '{') || stackEndsWith(stack, 't', '{'))) {
          // keyword argument, default, f-string '='
        } else if (WS_NEEDED.contains(text)) {
          need = 1;
        } else if (UNARY.contains(text)) {
          if (prevIsOp && prevText != null && "}])".contains(prevText)
              || !prevIsOp && !Python.isPycodestyleKeyword(prevText) && !Python.isSoftKeyword(prevText)) {
            optional = true;
          }
        } else if (WS_OPTIONAL.contains(text)) {
          optional = true;
        }
        if (optional) {
          need = 2;
          needRow = prevRow;
          needCol = prevCol;
          needFlag = !touching;
        } else if (need == 1 && touching) {
          hits.add(Hit.atPosition(prevRow, prevCol, "E225 missing whitespace around operator"));
          need = 0;
        }
      }
      prevIsOp = t.isOp();
      prevText = text;
      prevRow = t.endRow();
      prevCol = t.endCol();
    }
    return hits;
  };
}

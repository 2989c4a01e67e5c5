package dev.pyvet.syntax.token;

import dev.pyvet.syntax.source.LineIndex;

/**
 * Tokens as Python's {@code tokenize} prints them: exact type name, start row and column, end row
 * and column (columns in code points), and the string. It reproduces tokenize's conventions
 * where they differ from plain source spans: the implicit NEWLINE (or NL) at the end of a file
 * without a final line break is one column wide, DEDENT and ENDMARKER at the end of such a file
 * sit on the line after the last, and an FSTRING_MIDDLE's string has its doubled braces halved.
 */
public final class TokenDump {
  private final Tokens tokens;
  private final LineIndex lines;
  private final String text;

  public TokenDump(Tokens tokens) {
    this.tokens = tokens;
    this.lines = tokens.source().lines();
    this.text = tokens.source().text();
  }

  /**
   * tokenize's type name: the exact type, and OP for chars that are no operator ('$', '?') and
   * for "<>" (NOTEQUAL for the C tokenizer, but not among tokenize's exact operator strings).
   */
  public String typeName(int i) {
    TokenType t = tokens.type(i);
    if (t == TokenType.NOTEQUAL && text.charAt(tokens.start(i)) == '<') {
      return "OP";
    }
    return t == TokenType.ERRORTOKEN && tokens.error() == null ? "OP" : t.name();
  }

  public int startRow(int i) {
    int s = tokens.start(i);
    return atEndOfUnterminatedLastLine(i, s) ? lines.lineCount() + 1 : lines.lineOf(s);
  }

  public int startCol(int i) {
    int s = tokens.start(i);
    return atEndOfUnterminatedLastLine(i, s) ? 0 : lines.charColumn(s);
  }

  public int endRow(int i) {
    int e = tokens.end(i);
    TokenType t = tokens.type(i);
    if (t == TokenType.NEWLINE || t == TokenType.NL) {
      return startRow(i); // tokenize ends a line break on its own line
    }
    return atEndOfUnterminatedLastLine(i, e) ? lines.lineCount() + 1 : lines.lineOf(e);
  }

  public int endCol(int i) {
    int e = tokens.end(i);
    if (atEndOfUnterminatedLastLine(i, e)) {
      return 0;
    }
    TokenType t = tokens.type(i);
    if (t == TokenType.NEWLINE || t == TokenType.NL) {
      // one column wide when empty: the implicit newline at the end of the file
      return startCol(i) + Math.max(1, e - tokens.start(i));
    }
    int col = lines.charColumn(e);
    if (isMiddle(t) && endsWithDoubledBrace(tokens.start(i), e)) {
      return col - 1; // tokenize's last piece ends after the first brace of the pair
    }
    return col;
  }

  /** The token's string as tokenize gives it. */
  public String string(int i) {
    TokenType t = tokens.type(i);
    String s = tokens.text(i);
    return isMiddle(t) ? halveBraces(s) : s;
  }

  /** The tab-separated line of the differential test's format (string escaped as unicode_escape). */
  public String line(int i) {
    return typeName(i) + '\t' + startRow(i) + '\t' + startCol(i) + '\t' + endRow(i) + '\t' + endCol(i) + '\t'
        + escape(string(i));
  }

  private static boolean isMiddle(TokenType t) {
    return t == TokenType.FSTRING_MIDDLE || t == TokenType.TSTRING_MIDDLE;
  }

  private boolean atEndOfUnterminatedLastLine(int i, int offset) {
    TokenType t = tokens.type(i);
    int n = text.length();
    return (t == TokenType.DEDENT || t == TokenType.ENDMARKER) && offset == n && n > 0
        && text.charAt(n - 1) != '\n' && text.charAt(n - 1) != '\r';
  }

  private boolean endsWithDoubledBrace(int start, int end) {
    String s = text.substring(start, end);
    return s.length() >= 2 && (s.endsWith("{{") || s.endsWith("}}")) && pairAtEnd(s);
  }

  private static boolean pairAtEnd(String s) {
    int i = 0;
    boolean pair = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char d = s.charAt(i + 1);
        if (d == '{' || d == '}') {
          i++;
        } else if (d == 'N' && i + 2 < s.length() && s.charAt(i + 2) == '{') {
          int close = s.indexOf('}', i + 3);
          i = close < 0 ? s.length() : close + 1;
        } else {
          i += 2;
        }
        pair = false;
      } else if ((c == '{' || c == '}') && i + 1 < s.length() && s.charAt(i + 1) == c) {
        i += 2;
        pair = i == s.length();
      } else {
        i++;
        pair = false;
      }
    }
    return pair;
  }

  /** Doubled braces stand for one; braces of a {@code \N{...}} escape are not doubled. */
  public static String halveBraces(String s) {
    if (s.indexOf('{') < 0 && s.indexOf('}') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char d = s.charAt(i + 1);
        if (d == '{' || d == '}') {
          sb.append(c);
          i++;
        } else if (d == 'N' && i + 2 < s.length() && s.charAt(i + 2) == '{') {
          int close = s.indexOf('}', i + 3);
          int end = close < 0 ? s.length() : close + 1;
          sb.append(s, i, end);
          i = end;
        } else {
          sb.append(c).append(d);
          i += 2;
        }
      } else if ((c == '{' || c == '}') && i + 1 < s.length() && s.charAt(i + 1) == c) {
        sb.append(c);
        i += 2;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /** Python's {@code unicode_escape} encoding of a string. */
  public static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '\\') {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(s.length() + 16);
        sb.append(s, 0, i);
      }
      if (c == '\\') {
        sb.append("\\\\");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < 0x100) {
        sb.append(String.format("\\x%02x", (int) c));
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(String.format("\\U%08x", Character.toCodePoint(c, s.charAt(i + 1))));
        i++;
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb == null ? s : sb.toString();
  }
}

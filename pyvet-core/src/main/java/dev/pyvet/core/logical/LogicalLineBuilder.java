package dev.pyvet.core.logical;

import dev.pyvet.syntax.token.TokenType;
import java.util.List;

/**
 * pycodestyle's {@code build_tokens_line}: joins a statement's tokens into one string. Strings
 * keep their prefix and quotes but their contents become {@code x}s; comments are left out (and
 * collected for the noqa test); tokens on a new row are separated by one space unless they touch
 * a bracket; tokens on the same row keep the text between them. Every token's end is recorded
 * with its offset in the string, so findings map back to physical positions.
 */
record LogicalLineBuilder(String text, int[] offsets, int[] rows, int[] cols, boolean noqa) {

  /** Null when every token is a line break, INDENT or DEDENT. */
  static LogicalLineBuilder build(List<PyToken> tokens, FileTokens file) {
    StringBuilder logical = new StringBuilder();
    StringBuilder comments = null;
    int n = 0;
    int[] offsets = new int[tokens.size() + 1];
    int[] rows = new int[tokens.size() + 1];
    int[] cols = new int[tokens.size() + 1];
    int prevRow = 0;
    int prevCol = 0;
    for (PyToken token : tokens) {
      if (token.isSkip()) {
        continue;
      }
      if (n == 0) {
        offsets[0] = 0;
        rows[0] = token.startRow();
        cols[0] = token.startCol();
        n = 1;
      }
      TokenType type = token.type();
      if (type == TokenType.COMMENT) {
        if (comments == null) {
          comments = new StringBuilder();
        }
        comments.append(token.string());
        continue;
      }
      String text = token.string();
      int endCol = token.endCol();
      if (type == TokenType.STRING) {
        text = muteString(text);
      } else if (type == TokenType.FSTRING_MIDDLE || type == TokenType.TSTRING_MIDDLE) {
        // tokenize halves doubled braces; pycodestyle puts the width back
        int braces = 0;
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c == '{' || c == '}') {
            braces++;
          }
        }
        text = "x".repeat(text.length() + braces);
        endCol += braces;
      }
      if (prevRow != 0) {
        if (prevRow != token.startRow()) {
          String prevLine = file.line(prevRow);
          char prevChar = prevCol - 1 >= 0 && prevCol - 1 < prevLine.length()
              ? prevLine.charAt(prevCol - 1) : prevLine.charAt(prevLine.length() - 1);
          if (prevChar == ',' || ("{[(".indexOf(prevChar) < 0 && !"}])".contains(text))) {
            text = " " + text;
          }
        } else if (prevCol != token.startCol()) {
          String line = file.tokenLine(token);
          text = slice(line, prevCol, token.startCol()) + text;
        }
      }
      logical.append(text);
      offsets[n] = logical.length();
      rows[n] = token.endRow();
      cols[n] = endCol;
      n++;
      prevRow = token.endRow();
      prevCol = endCol;
    }
    if (n == 0) {
      return null;
    }
    boolean noqa = comments != null && Chars.hasNoqa(comments.toString());
    return new LogicalLineBuilder(logical.toString(), java.util.Arrays.copyOf(offsets, n),
        java.util.Arrays.copyOf(rows, n), java.util.Arrays.copyOf(cols, n), noqa);
  }

  /** Python's {@code s[from:to]} for non-negative bounds: clamped, empty when reversed. */
  static String slice(String s, int from, int to) {
    int a = Math.min(from, s.length());
    int b = Math.min(to, s.length());
    return a >= b ? "" : s.substring(a, b);
  }

  /** pycodestyle's {@code mute_string}: the contents between the quotes become {@code x}s. */
  static String muteString(String text) {
    char quote = text.charAt(text.length() - 1);
    int start = text.indexOf(quote) + 1;
    int end = text.length() - 1;
    if (text.endsWith("\"\"\"") || text.endsWith("'''")) {
      start += 2;
      end -= 2;
    }
    if (end <= start) {
      return text;
    }
    return text.substring(0, start) + "x".repeat(end - start) + text.substring(end);
  }
}

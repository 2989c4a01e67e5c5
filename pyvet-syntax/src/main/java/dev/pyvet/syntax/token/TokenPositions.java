package dev.pyvet.syntax.token;

/**
 * CPython's positions of tokens (1-based lines, columns in UTF-8 bytes from the line start),
 * found in one pass over the lexer's char buffer.
 *
 * <p>Walking the chars once, from token to token, costs less than finding line starts first and
 * then measuring each token's column. The walk keeps its state in local variables and needs no
 * call per token: pyvet runs mostly on the C1 compiler, which keeps neither fields in registers
 * nor inlines much.
 *
 * <p>Most chars belong to tokens that can hold neither a line break nor a char outside ASCII
 * (names in most files, numbers, operators, indentation): the walk steps over those whole and
 * reads only the chars between tokens and inside strings, comments and line breaks.
 */
final class TokenPositions {
  private TokenPositions() {}

  /** Per token type: its chars are all ASCII and none ends a line (NAME only if told so). */
  private static final boolean[] FLAT = new boolean[TokenType.values().length];

  static {
    for (TokenType t : TokenType.values()) {
      FLAT[t.ordinal()] = t.isOperator() || switch (t) {
        case NAME, NUMBER, INDENT, DEDENT, ENDMARKER, FSTRING_START, FSTRING_END, TSTRING_START, TSTRING_END -> true;
        default -> false;
      };
    }
  }

  /**
   * Fills the positions of tokens {@code [0, count)} into the arrays. {@code s} holds the text and
   * at least one char more. {@code asciiNames} says that no NAME token holds a char outside ASCII.
   */
  static void compute(char[] s, byte[] types, boolean asciiNames, int[] starts, int[] ends, int count,
      int[] startLine, int[] startCol, int[] endLine, int[] endCol) {
    int nameType = asciiNames ? -1 : TokenType.NAME.ordinal();
    int p = 0;
    int line = 1;
    int lineStart = 0;
    // UTF-8 bytes beyond one per char since the line start; a column is then a subtraction.
    int extra = 0;
    for (int i = 0; i < count; i++) {
      int target = starts[i];
      if (target < p) {
        // Rare: a token starting before the previous one ended. Back to the target's line.
        for (int j = p - 1; j >= target; j--) {
          if (isBreakAt(s, j)) {
            line--;
          }
        }
        lineStart = lineStartBefore(s, target);
        p = lineStart;
        extra = 0;
      }
      // The same walk twice (to the start, then to the end) rather than a helper, for C1.
      while (p < target) {
        char c = s[p++];
        if ((char) (c - 0x0e) < 0x72) {
          continue; // the common case: ASCII after '\r', one byte, no line break
        }
        if (c < 0x80) {
          if (c == '\n' || c == '\r' && s[p] != '\n') {
            line++;
            lineStart = p;
            extra = 0;
          }
        } else if (c < 0x800) {
          extra += 1;
        } else if (Character.isHighSurrogate(c) && p < target && Character.isLowSurrogate(s[p])) {
          extra += 2; // 4 bytes for 2 chars
          p++;
        } else {
          extra += 2;
        }
      }
      startLine[i] = line;
      startCol[i] = p - lineStart + extra;
      target = ends[i];
      int type = types[i];
      if (FLAT[type] && type != nameType) {
        p = target; // nothing inside moves the line or the column's byte count
      }
      while (p < target) {
        char c = s[p++];
        if ((char) (c - 0x0e) < 0x72) {
          continue;
        }
        if (c < 0x80) {
          if (c == '\n' || c == '\r' && s[p] != '\n') {
            line++;
            lineStart = p;
            extra = 0;
          }
        } else if (c < 0x800) {
          extra += 1;
        } else if (Character.isHighSurrogate(c) && p < target && Character.isLowSurrogate(s[p])) {
          extra += 2;
          p++;
        } else {
          extra += 2;
        }
      }
      endLine[i] = line;
      endCol[i] = p - lineStart + extra;
    }
  }

  /** The offset where the line holding the char offset {@code p} begins. */
  static int lineStartBefore(char[] s, int p) {
    int start = p;
    while (start > 0 && !isBreakAt(s, start - 1)) {
      start--;
    }
    return start;
  }

  /** Whether a line ends with the char at {@code j} (a \r followed by \n does not: the \n does). */
  private static boolean isBreakAt(char[] s, int j) {
    char c = s[j];
    return c == '\n' || c == '\r' && s[j + 1] != '\n';
  }
}

package dev.pyvet.syntax.token;

/**
 * CPython's positions of tokens (1-based lines, columns in UTF-8 bytes from the line start, and
 * the char offset where the line starts), found in one pass over the lexer's char buffer.
 *
 * <p>Walking the chars once, from token to token, costs less than finding line starts first and
 * then measuring each token's column. The walk keeps its state in local variables and needs no
 * call per token: pyvet runs mostly on the C1 compiler, which keeps neither fields in registers
 * nor inlines much.
 */
final class TokenPositions {
  private TokenPositions() {}

  /**
   * Fills the positions of tokens {@code indices[0..count)} (ascending) into the arrays, at the
   * same index. {@code s} holds the text and at least one char more.
   */
  static void compute(char[] s, int[] starts, int[] ends, int[] indices, int count,
      int[] startLine, int[] startCol, int[] endLine, int[] endCol, int[] startLineOffset) {
    int p = 0;
    int line = 1;
    int lineStart = 0;
    // UTF-8 bytes beyond one per char since the line start; a column is then a subtraction.
    int extra = 0;
    for (int k = 0; k < count; k++) {
      int i = indices == null ? k : indices[k];
      for (int half = 0; half < 2; half++) {
        int target = half == 0 ? starts[i] : ends[i];
        if (target < p) {
          // Rare: a token starting before the previous one ended. Back to the target's line.
          for (int j = p - 1; j >= target; j--) {
            if (isBreakAt(s, j)) {
              line--;
            }
          }
          lineStart = target;
          while (lineStart > 0 && !isBreakAt(s, lineStart - 1)) {
            lineStart--;
          }
          p = lineStart;
          extra = 0;
        }
        while (p < target) {
          char c = s[p++];
          if (c > '\r' && c < 0x80) {
            continue; // the common case: one byte, no line break
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
        if (half == 0) {
          startLine[k] = line;
          startCol[k] = p - lineStart + extra;
          startLineOffset[k] = lineStart;
        } else {
          endLine[k] = line;
          endCol[k] = p - lineStart + extra;
        }
      }
    }
  }

  /** Whether a line ends with the char at {@code j} (a \r followed by \n does not: the \n does). */
  private static boolean isBreakAt(char[] s, int j) {
    char c = s[j];
    return c == '\n' || c == '\r' && s[j + 1] != '\n';
  }
}

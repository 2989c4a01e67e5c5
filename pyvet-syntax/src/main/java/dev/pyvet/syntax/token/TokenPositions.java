package dev.pyvet.syntax.token;

/**
 * CPython's positions of every token (1-based lines, columns in UTF-8 bytes from the line start,
 * and the char offset where the line starts), found in one pass over the lexer's char buffer.
 *
 * <p>Walking the chars once, from token to token, costs less than finding line starts first and
 * then measuring each token's column: it touches each char once, on a plain array.
 */
final class TokenPositions {
  final int[] startLine;
  final int[] startCol;
  final int[] endLine;
  final int[] endCol;
  final int[] startLineOffset;

  private final char[] s;
  private int pos;
  private int line = 1;
  private int lineStart;
  private int col;

  /**
   * {@code s} holds the text (and possibly an implicit newline and NUL sentinels after it): at
   * least one char after every offset in {@code starts} and {@code ends}.
   */
  TokenPositions(char[] s, int[] starts, int[] ends, int size) {
    this.s = s;
    startLine = new int[size];
    startCol = new int[size];
    endLine = new int[size];
    endCol = new int[size];
    startLineOffset = new int[size];
    for (int i = 0; i < size; i++) {
      moveTo(starts[i]);
      startLine[i] = line;
      startCol[i] = col;
      startLineOffset[i] = lineStart;
      moveTo(ends[i]);
      endLine[i] = line;
      endCol[i] = col;
    }
  }

  private void moveTo(int target) {
    if (target < pos) {
      moveBackTo(target);
    }
    char[] s = this.s;
    int p = pos;
    int c0 = col;
    while (p < target) {
      char c = s[p++];
      if (c < 0x80) {
        if (c == '\n' || c == '\r' && s[p] != '\n') {
          line++;
          lineStart = p;
          c0 = 0;
        } else {
          c0++;
        }
      } else if (c < 0x800) {
        c0 += 2;
      } else if (Character.isHighSurrogate(c) && p < target && Character.isLowSurrogate(s[p])) {
        c0 += 4;
        p++;
      } else {
        c0 += 3;
      }
    }
    pos = p;
    col = c0;
  }

  /** Rare: a token starting before the previous one ended. Back to the target's line start. */
  private void moveBackTo(int target) {
    for (int j = pos - 1; j >= target; j--) {
      if (isBreakAt(j)) {
        line--;
      }
    }
    int ls = target;
    while (ls > 0 && !isBreakAt(ls - 1)) {
      ls--;
    }
    lineStart = ls;
    pos = ls;
    col = 0;
  }

  /** Whether a line ends with the char at {@code j} (a \r followed by \n does not: the \n does). */
  private boolean isBreakAt(int j) {
    char c = s[j];
    return c == '\n' || c == '\r' && s[j + 1] != '\n';
  }
}

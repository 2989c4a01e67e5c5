package dev.pyvet.core.noqa;

import dev.pyvet.syntax.token.TokenDump;
import dev.pyvet.syntax.token.TokenType;
import dev.pyvet.syntax.token.Tokens;

/**
 * flake8's {@code _noqa_line_mapping}: for each row, the first and last row of the tokens that
 * end in the same NEWLINE or NL token. A multi-line string or lines joined by backslashes form
 * one range; lines inside brackets each end in NL and stand alone. Where ranges share a row, the
 * later one wins, as in flake8. flake8 reads noqa comments and prints {@code --show-source}
 * lines over these ranges.
 */
public final class Flake8LineRanges {
  private final int[] first; // per row: first row of its range, 0 when no range covers it
  private final int[] last;

  private Flake8LineRanges(int[] first, int[] last) {
    this.first = first;
    this.last = last;
  }

  /** The ranges of a file with {@code lineCount} lines; none when tokenizing failed. */
  public static Flake8LineRanges of(Tokens tokens, int lineCount) {
    int[] first = new int[lineCount + 2];
    int[] last = new int[lineCount + 2];
    if (tokens == null || tokens.error() != null) {
      return new Flake8LineRanges(first, last);
    }
    TokenDump rows = new TokenDump(tokens);
    int min = Integer.MAX_VALUE;
    int max = -1;
    for (int i = 0; i < tokens.size(); i++) {
      TokenType type = tokens.type(i);
      if (type == TokenType.ENDMARKER || type == TokenType.DEDENT) {
        continue;
      }
      min = Math.min(min, rows.startRow(i));
      max = Math.max(max, rows.endRow(i));
      if (type == TokenType.NL || type == TokenType.NEWLINE) {
        for (int r = Math.max(min, 1); r <= Math.min(max, lineCount + 1); r++) {
          first[r] = min;
          last[r] = max;
        }
        min = Integer.MAX_VALUE;
        max = -1;
      }
    }
    return new Flake8LineRanges(first, last);
  }

  /** First row of {@code row}'s range, or 0 when no range covers it. */
  public int first(int row) {
    return row >= 0 && row < first.length ? first[row] : 0;
  }

  /** Last row of {@code row}'s range (may pass the last line), or 0 when no range covers it. */
  public int last(int row) {
    return row >= 0 && row < last.length ? last[row] : 0;
  }
}

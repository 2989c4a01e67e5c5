package dev.pyvet.core.logical;

import dev.pyvet.core.rule.Findings;
import java.util.List;

/**
 * One logical line as pycodestyle builds it: the tokens of one statement (across brackets and
 * backslash continuations) joined into one string, with string contents replaced by {@code x}
 * and comments left out, plus the state pycodestyle's logical-line checks read.
 */
public final class LogicalLine {
  private final String text;
  private final int[] offsets;
  private final int[] rows;
  private final int[] cols;
  private final PyToken[] tokens;
  private List<PyToken> tokenList;
  private final char[] chars;
  // what the text holds, found as it was built (see has); what the tokens hold, on first use
  private final long asciiLow;
  private final long asciiHigh;
  private final boolean spaceRun;
  private boolean typesScanned;
  private long tokenTypes;
  private final boolean noqa;
  private final LogicalLineContext context;

  LogicalLine(LogicalLineBuilder built, PyToken[] tokens, boolean noqa, LogicalLineContext context) {
    this.text = built.text();
    this.offsets = built.offsets();
    this.rows = built.rows();
    this.cols = built.cols();
    this.chars = built.chars();
    this.asciiLow = built.asciiLow();
    this.asciiHigh = built.asciiHigh();
    this.spaceRun = built.spaceRun();
    this.tokens = tokens;
    this.noqa = noqa;
    this.context = context;
  }

  /** The logical line's text (pycodestyle's {@code logical_line}); empty for comment-only lines. */
  public String text() {
    return text;
  }

  /** All tokens of the line, comments, NL, INDENT and DEDENT included (pycodestyle's {@code tokens}). */
  public List<PyToken> tokens() {
    if (tokenList == null) {
      tokenList = java.util.Collections.unmodifiableList(java.util.Arrays.asList(tokens));
    }
    return tokenList;
  }

  /** {@link #tokens()} as an array, shared: do not modify. */
  public PyToken[] tokenArray() {
    return tokens;
  }

  /**
   * Whether all tokens sit on one row (no bracket or backslash continuation, no multi-line
   * string): the checks of line breaks inside a statement have nothing to look at then.
   */
  public boolean singleRow() {
    return tokens[0].startRow() == tokens[tokens.length - 1].endRow();
  }

  /**
   * Whether the text holds the ASCII char {@code c}. Analyses ask this before scanning for what
   * cannot be there: one pass over the line answers all of them.
   */
  public boolean has(char c) {
    return c < 64 ? (asciiLow >>> c & 1) != 0 : c < 128 && (asciiHigh >>> (c - 64) & 1) != 0;
  }

  /** Whether the text holds one of the ASCII chars of the mask made by {@link #charMask}. */
  public boolean hasAny(long[] mask) {
    return (asciiLow & mask[0]) != 0 || (asciiHigh & mask[1]) != 0;
  }

  /** The mask of ASCII chars for {@link #hasAny}. */
  public static long[] charMask(String asciiChars) {
    long[] mask = new long[2];
    for (int i = 0; i < asciiChars.length(); i++) {
      char c = asciiChars.charAt(i);
      mask[c >> 6] |= 1L << (c & 63);
    }
    return mask;
  }

  /** Whether two whitespace chars ({@link Chars#isPySpace}) follow each other in the text. */
  public boolean hasSpaceRun() {
    return spaceRun;
  }

  /** Whether a token of the line has {@code type}. */
  public boolean hasType(dev.pyvet.syntax.token.TokenType type) {
    if (!typesScanned) {
      long types = 0; // 64 types: one bit each
      for (PyToken t : tokens) {
        types |= 1L << t.type().ordinal();
      }
      tokenTypes = types;
      typesScanned = true;
    }
    return (tokenTypes >>> type.ordinal() & 1) != 0;
  }

  /** {@link #text()}'s chars, shared: do not modify. */
  public char[] chars() {
    return chars;
  }

  /** Whether a comment of the line says {@code # noqa} and the options honour it. */
  public boolean noqa() {
    return noqa;
  }

  public LogicalLineContext context() {
    return context;
  }

  public PycodestyleOptions options() {
    return context.options();
  }

  public FileTokens file() {
    return context.file();
  }

  /** Reports at {@code offset} of {@link #text()}, mapped back to its physical position. */
  public void report(Findings out, int offset, String code, String message) {
    int lo = 0;
    int hi = offsets.length;
    while (lo < hi) { // bisect_left
      int mid = (lo + hi) >>> 1;
      if (offsets[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo == offsets.length) {
      lo = offsets.length - 1;
    }
    out.report(rows[lo], cols[lo] + offset - offsets[lo], code, message);
  }

  /** Reports at a physical position. */
  public void reportAt(Findings out, int row, int col, String code, String message) {
    out.report(row, col, code, message);
  }

  /** Row of the first token. */
  public int startRow() {
    return rows[0];
  }

  /** Column of the first token. */
  public int startCol() {
    return cols[0];
  }
}

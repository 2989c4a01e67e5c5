package dev.pyvet.syntax.token;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.source.SourceText;

/**
 * All tokens of one file, stored column-wise in primitive arrays (no object per token).
 *
 * <p>Token {@code i} spans the chars {@code [start(i), end(i))} of the source text. INDENT,
 * DEDENT, NEWLINE at end of file and ENDMARKER may be empty. FSTRING_MIDDLE spans the source
 * text, so a doubled brace {@code {{} is two chars there although it stands for one.
 */
public final class Tokens {
  private final SourceText source;
  private final byte[] types;
  private final int[] starts;
  private final int[] ends;
  private final int size;
  private final PySyntaxError error;
  private final PySyntaxError unclosedBracket;
  /** The text and at least one char more (the lexer's buffer), for positions; or null. */
  private char[] chars;
  /** Known to have no NAME token with a char outside ASCII (the lexer tells; false if unknown). */
  private final boolean asciiNames;
  /** startLine, startCol, endLine, endCol of every token; computed on first use. */
  private int[][] positions;

  public Tokens(SourceText source, byte[] types, int[] starts, int[] ends, int size, PySyntaxError error) {
    this(source, types, starts, ends, size, error, null);
  }

  public Tokens(SourceText source, byte[] types, int[] starts, int[] ends, int size, PySyntaxError error,
      PySyntaxError unclosedBracket) {
    this(source, types, starts, ends, size, error, unclosedBracket, null, false);
  }

  Tokens(SourceText source, byte[] types, int[] starts, int[] ends, int size, PySyntaxError error,
      PySyntaxError unclosedBracket, char[] chars, boolean asciiNames) {
    this.chars = chars;
    this.asciiNames = asciiNames;
    this.source = source;
    this.types = types;
    this.starts = starts;
    this.ends = ends;
    this.size = size;
    this.error = error;
    this.unclosedBracket = unclosedBracket;
  }

  /**
   * True when no NAME token holds a char outside ASCII (so none needs NFKC normalisation); false
   * when one does or nobody could tell.
   */
  public boolean asciiNames() {
    return asciiNames;
  }

  public SourceText source() {
    return source;
  }

  public int size() {
    return size;
  }

  public TokenType type(int i) {
    return TokenType.of(types[i]);
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  /**
   * CPython's positions of the tokens {@code indices[0..count)} (ascending token indices), stored
   * at the same index of each array: 1-based line and UTF-8 byte column of their start and end,
   * and the char offset where their start line begins ({@code startLineOffset} may be null when
   * it is not wanted). They are copied from the positions of all tokens, computed once for the
   * parser and the rules that ask for single tokens alike.
   */
  public void positions(int[] indices, int count, int[] startLine, int[] startCol, int[] endLine,
      int[] endCol, int[] startLineOffset) {
    int[][] all = positions();
    int[] sl = all[0];
    int[] sc = all[1];
    int[] el = all[2];
    int[] ec = all[3];
    for (int k = 0; k < count; k++) {
      int i = indices == null ? k : indices[k];
      startLine[k] = sl[i];
      startCol[k] = sc[i];
      endLine[k] = el[i];
      endCol[k] = ec[i];
      if (startLineOffset != null) {
        startLineOffset[k] = startLineOffset(i);
      }
    }
  }

  /**
   * The tokens the grammar reads, that is all but COMMENT and NL, copied in order into the arrays
   * (each at least {@link #size()} long): their index here, type ordinal, start and end offsets,
   * and CPython's positions as {@link #positions} gives them. Returns how many there are. One
   * loop with no call per token, for the parser, which runs on every file.
   */
  public int grammarTokens(int[] index, int[] type, int[] start, int[] end, int[] startLine, int[] startCol,
      int[] endLine, int[] endCol) {
    int[][] all = positions();
    int[] sl = all[0];
    int[] sc = all[1];
    int[] el = all[2];
    int[] ec = all[3];
    byte[] ty = types;
    int[] st = starts;
    int[] en = ends;
    int comment = TokenType.COMMENT.ordinal();
    int nl = TokenType.NL.ordinal();
    int m = 0;
    for (int i = 0; i < size; i++) {
      int t = ty[i];
      if (t == comment || t == nl) {
        continue;
      }
      index[m] = i;
      type[m] = t;
      start[m] = st[i];
      end[m] = en[i];
      startLine[m] = sl[i];
      startCol[m] = sc[i];
      endLine[m] = el[i];
      endCol[m] = ec[i];
      m++;
    }
    return m;
  }

  /** CPython's 1-based line of the start of token {@code i}. */
  public int startLine(int i) {
    return positions()[0][i];
  }

  /** CPython's column (UTF-8 bytes from the line start) of the start of token {@code i}. */
  public int startColumn(int i) {
    return positions()[1][i];
  }

  /** CPython's 1-based line of the end of token {@code i}. */
  public int endLine(int i) {
    return positions()[2][i];
  }

  /** CPython's column (UTF-8 bytes from the line start) of the end of token {@code i}. */
  public int endColumn(int i) {
    return positions()[3][i];
  }

  /** The char offset where the line of token {@code i}'s start begins (found when asked: errors only). */
  public int startLineOffset(int i) {
    return TokenPositions.lineStartBefore(chars(), starts[i]);
  }

  /** Not thread-safe: a Tokens belongs to the thread that made it. */
  private int[][] positions() {
    int[][] p = positions;
    if (p == null) {
      p = new int[4][size];
      TokenPositions.compute(chars(), types, asciiNames, starts, ends, size, p[0], p[1], p[2], p[3]);
      positions = p;
    }
    return p;
  }

  private char[] chars() {
    char[] c = chars;
    if (c == null) {
      String text = source.text();
      c = java.util.Arrays.copyOf(text.toCharArray(), text.length() + 1);
      chars = c;
    }
    return c;
  }

  /** The source text of token {@code i}. */
  public String text(int i) {
    return source.text().substring(starts[i], ends[i]);
  }

  /**
   * The error that stopped tokenizing, or null. When present, the tokens before it are complete
   * and the last token is an ERRORTOKEN at the error's position.
   */
  public PySyntaxError error() {
    return error;
  }

  /**
   * When {@link #error()} is one the tokenizer only signals ("unexpected character after line
   * continuation character") and a bracket was open then: the "'(' was never closed" error for
   * the innermost open bracket, positioned as CPython would raise it at that moment. CPython
   * reports it instead of a parser error found on a later line than the bracket (it tokenizes the
   * rest of the file after a parser error). Null otherwise.
   */
  public PySyntaxError unclosedBracketAtError() {
    return unclosedBracket;
  }
}

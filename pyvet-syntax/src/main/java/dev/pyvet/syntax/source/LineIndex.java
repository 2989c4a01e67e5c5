package dev.pyvet.syntax.source;

/**
 * Where each line starts, with conversions from char offsets to the positions that Python
 * tools print. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as in CPython.
 */
public final class LineIndex {

  private LineIndex() {}

  public static LineIndex of(String text) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Number of lines; a final line without a line ending counts. */
  public int lineCount() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Char offset where the 1-based {@code line} starts. */
  public int lineStart(int line) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** 1-based line that contains the char {@code offset}. */
  public int lineOf(int offset) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** 0-based column of {@code offset} in code points, as Python's {@code tokenize} counts. */
  public int charColumn(int offset) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** 0-based column of {@code offset} in UTF-8 bytes, as CPython's AST counts. */
  public int utf8Column(int offset) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}

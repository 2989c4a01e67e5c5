package dev.pyvet.syntax.source;

import java.util.Arrays;

/**
 * Where each line starts, with conversions from char offsets to the positions that Python
 * tools print. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as in CPython.
 *
 * <p>Conversions are called for every AST node, so they are cheap: a binary search finds the
 * line, and lines that are pure ASCII (the vast majority) need no counting at all.
 */
public final class LineIndex {
  private final String text;
  /** starts[i] is the char offset of line i + 1. */
  private final int[] starts;
  private final int count;
  /** Bit i set when line i + 1 holds a char outside ASCII. */
  private final long[] nonAscii;

  private LineIndex(String text, int[] starts, int count, long[] nonAscii) {
    this.text = text;
    this.starts = starts;
    this.count = count;
    this.nonAscii = nonAscii;
  }

  public static LineIndex of(String text) {
    int n = text.length();
    int[] starts = new int[Math.max(16, n / 32 + 2)];
    long[] nonAscii = new long[(starts.length >> 6) + 1];
    int count = 1;
    starts[0] = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      } else {
        int line = count - 1;
        if ((line >> 6) >= nonAscii.length) {
          nonAscii = Arrays.copyOf(nonAscii, Math.max(nonAscii.length * 2, (line >> 6) + 1));
        }
        nonAscii[line >> 6] |= 1L << line;
      }
    }
    // A final line break does not open a line of its own unless something follows it.
    if (count > 1 && starts[count - 1] == n) {
      count--;
    }
    return new LineIndex(text, starts, count, nonAscii);
  }

  /** Number of lines; a final line without a line ending counts. */
  public int lineCount() {
    return count;
  }

  /** Char offset where the 1-based {@code line} starts; {@code lineCount() + 1} gives the text length. */
  public int lineStart(int line) {
    if (line == count + 1) {
      return text.length();
    }
    if (line < 1 || line > count) {
      throw new IndexOutOfBoundsException("line " + line + " of " + count);
    }
    return starts[line - 1];
  }

  /**
   * 1-based line that contains the char {@code offset}. The offset just after a final line break
   * (the text length) belongs to the line after it, where Python puts ENDMARKER.
   */
  public int lineOf(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " of " + text.length());
    }
    int n = text.length();
    if (offset == n && n > 0 && isBreak(text.charAt(n - 1))) {
      return count + 1;
    }
    int lo = 0;
    int hi = count - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private int startOfLine(int line) {
    return line > count ? text.length() : starts[line - 1];
  }

  private boolean ascii(int line) {
    int i = line - 1;
    return (i >> 6) >= nonAscii.length || (nonAscii[i >> 6] & (1L << i)) == 0;
  }

  /** 0-based column of {@code offset} in code points, as Python's {@code tokenize} counts. */
  public int charColumn(int offset) {
    int line = lineOf(offset);
    int start = startOfLine(line);
    if (ascii(line)) {
      return offset - start;
    }
    int col = 0;
    for (int i = start; i < offset; i++) {
      char c = text.charAt(i);
      // The low half of a surrogate pair belongs to the code point its high half started.
      if (!(Character.isLowSurrogate(c) && i > start && Character.isHighSurrogate(text.charAt(i - 1)))) {
        col++;
      }
    }
    return col;
  }

  /** 0-based column of {@code offset} in UTF-8 bytes, as CPython's AST counts. */
  public int utf8Column(int offset) {
    int line = lineOf(offset);
    int start = startOfLine(line);
    if (ascii(line)) {
      return offset - start;
    }
    int col = 0;
    for (int i = start; i < offset; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        col++;
      } else if (c < 0x800) {
        col += 2;
      } else if (Character.isSurrogate(c)) {
        col += 2; // a pair is four bytes in UTF-8
      } else {
        col += 3;
      }
    }
    return col;
  }
}

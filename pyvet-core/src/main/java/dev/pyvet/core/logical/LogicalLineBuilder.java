package dev.pyvet.core.logical;

import dev.pyvet.syntax.token.TokenType;
import java.util.Arrays;

/**
 * pycodestyle's {@code build_tokens_line}: joins a statement's tokens into one string. Strings
 * keep their prefix and quotes but their contents become {@code x}s; comments are left out (and
 * collected for the noqa test); tokens on a new row are separated by one space unless they touch
 * a bracket; tokens on the same row keep the text between them. Every token's end is recorded
 * with its offset in the string, so findings map back to physical positions.
 *
 * <p>One builder serves one driver, line after line: its buffers are reused.
 */
final class LogicalLineBuilder {
  /**
   * The text being built. A StringBuilder keeps Latin-1 text in bytes: appending a token's
   * string and making the text are array copies, where a char buffer would widen every string
   * and narrow the text again.
   */
  private final StringBuilder logical = new StringBuilder(256);
  private int[] offsets = new int[64];
  private int[] rows = new int[64];
  private int[] cols = new int[64];

  private String text;
  private char[] chars;
  private long asciiLow;
  private long asciiHigh;
  private boolean spaceRun;
  private int[] builtOffsets;
  private int[] builtRows;
  private int[] builtCols;
  private boolean noqa;

  /** The last line built. */
  String text() {
    return text;
  }

  int[] offsets() {
    return builtOffsets;
  }

  int[] rows() {
    return builtRows;
  }

  int[] cols() {
    return builtCols;
  }

  boolean noqa() {
    return noqa;
  }

  /** The text's chars (a copy of its own). */
  char[] chars() {
    return chars;
  }

  /** Bit c of the ASCII chars c < 64 in the text. */
  long asciiLow() {
    return asciiLow;
  }

  /** Bit c - 64 of the ASCII chars 64 <= c < 128 in the text. */
  long asciiHigh() {
    return asciiHigh;
  }

  /** Whether two whitespace chars ({@link Chars#isPySpace}) follow each other in the text. */
  boolean spaceRun() {
    return spaceRun;
  }

  /**
   * Builds the line of {@code tokens}; returns null when every token is a line break, INDENT or
   * DEDENT, else this builder holding the line. Comments are read for noqa only when {@code
   * readNoqa}.
   */
  LogicalLineBuilder build(PyToken[] tokens, FileTokens file, boolean readNoqa) {
    StringBuilder logical = this.logical;
    logical.setLength(0);
    StringBuilder comments = null;
    int n = 0;
    if (offsets.length < tokens.length + 1) {
      int size = Math.max(tokens.length + 1, offsets.length * 2);
      offsets = new int[size];
      rows = new int[size];
      cols = new int[size];
    }
    int[] offsets = this.offsets;
    int[] rows = this.rows;
    int[] cols = this.cols;
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
        if (readNoqa) {
          if (comments == null) {
            comments = new StringBuilder();
          }
          comments.append(token.string());
        }
        continue;
      }
      String string = token.string();
      int endCol = token.endCol();
      // what this token adds: its text, muted for strings; middles become x's of source width
      boolean closing;
      int middleWidth = -1;
      if (type == TokenType.STRING) {
        closing = false; // a string's text always holds a quote
      } else if (type == TokenType.FSTRING_MIDDLE || type == TokenType.TSTRING_MIDDLE) {
        // tokenize halves doubled braces; pycodestyle puts the width back
        int braces = 0;
        for (int i = 0; i < string.length(); i++) {
          char c = string.charAt(i);
          if (c == '{' || c == '}') {
            braces++;
          }
        }
        middleWidth = string.length() + braces;
        endCol += braces;
        closing = middleWidth == 0; // "" is in any string
      } else {
        closing = isClosing(string);
      }
      if (prevRow != 0) {
        if (prevRow != token.startRow()) {
          String prevLine = file.line(prevRow);
          char prevChar = prevCol - 1 >= 0 && prevCol - 1 < prevLine.length()
              ? prevLine.charAt(prevCol - 1) : prevLine.charAt(prevLine.length() - 1);
          if (prevChar == ',' || ("{[(".indexOf(prevChar) < 0 && !closing)) {
            logical.append(' ');
          }
        } else if (prevCol != token.startCol()) {
          String line = file.tokenLine(token);
          // Python's line[prevCol:startCol]: clamped, empty when reversed
          int a = Math.min(prevCol, line.length());
          int b = Math.min(token.startCol(), line.length());
          if (a < b) {
            logical.append(line, a, b);
          }
        }
      }
      if (type == TokenType.STRING) {
        appendMuted(logical, string);
      } else if (middleWidth >= 0) {
        logical.repeat('x', middleWidth);
      } else {
        logical.append(string);
      }
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
    this.noqa = comments != null && Chars.hasNoqa(comments.toString());
    scan();
    this.builtOffsets = Arrays.copyOf(offsets, n);
    this.builtRows = Arrays.copyOf(rows, n);
    this.builtCols = Arrays.copyOf(cols, n);
    return this;
  }

  /** Python's {@code s in "}])"}: whether {@code s} is a substring of it. */
  private static boolean isClosing(String s) {
    return switch (s.length()) {
      case 0 -> true;
      case 1 -> s.charAt(0) == '}' || s.charAt(0) == ']' || s.charAt(0) == ')';
      // most tokens are names: a first char outside "}])" settles it without a search
      default -> (s.charAt(0) == '}' || s.charAt(0) == ']' || s.charAt(0) == ')') && "}])".contains(s);
    };
  }

  /**
   * Makes the text and its char array, and notes which ASCII chars it holds and whether it has a
   * run of whitespace: the analyses ask these to skip lines, one pass here answers them all.
   */
  private void scan() {
    String text = logical.toString();
    char[] c = text.toCharArray();
    long low = 0;
    long high = 0;
    boolean run = false;
    boolean previousSpace = false;
    // the ASCII whitespace chars are all below 64: the space test is a bit of SPACES there, a
    // call only for the rare chars outside ASCII (this loop sees every char of every line)
    for (char ch : c) {
      boolean space;
      if (ch < 64) {
        low |= 1L << ch;
        space = (SPACES >>> ch & 1) != 0;
      } else if (ch < 128) {
        high |= 1L << (ch - 64);
        space = false;
      } else {
        space = Chars.isPySpace(ch);
      }
      run |= space && previousSpace;
      previousSpace = space;
    }
    this.chars = c;
    this.text = text;
    this.asciiLow = low;
    this.asciiHigh = high;
    this.spaceRun = run;
  }

  /** Bit c of the chars c < 64 that are Python whitespace (there are none from 64 to 127). */
  private static final long SPACES = spaces();

  private static long spaces() {
    long mask = 0;
    for (char c = 0; c < 128; c++) {
      if (Chars.isPySpace(c)) {
        if (c >= 64) {
          throw new IllegalStateException("whitespace above 63: " + (int) c);
        }
        mask |= 1L << c;
      }
    }
    return mask;
  }

  /** pycodestyle's {@code mute_string}: the contents between the quotes become {@code x}s. */
  private static void appendMuted(StringBuilder sb, String text) {
    char quote = text.charAt(text.length() - 1);
    int start = text.indexOf(quote) + 1;
    int end = text.length() - 1;
    if (text.endsWith("\"\"\"") || text.endsWith("'''")) {
      start += 2;
      end -= 2;
    }
    if (end <= start) {
      sb.append(text);
      return;
    }
    sb.append(text, 0, start);
    sb.repeat('x', end - start);
    sb.append(text, end, text.length());
  }
}

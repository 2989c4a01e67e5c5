package dev.pyvet.core.logical;

import dev.pyvet.syntax.token.TokenType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Walks a file's tokens as pycodestyle's {@code Checker.check_all} does: it cuts the stream into
 * logical lines, counts blank lines, tracks the indent char, and decides which physical lines
 * are checked and when (line by line at each line end, and line by line inside multi-line
 * strings). It hands each line to a {@link Listener}.
 */
public final class PycodestyleDriver {

  /** Receives the lines in pycodestyle's order. */
  public interface Listener {
    void physical(PhysicalLine line);

    void logical(LogicalLine line);

    /**
     * Whether to hand over {@link PhysicalLine#plain() plain} lines too. Most lines are plain:
     * a listener with nothing to check on them spares the driver making them.
     */
    default boolean wantsPlainLines() {
      return true;
    }
  }

  private final FileTokens file;
  private final PycodestyleOptions options;
  private final Listener listener;
  private final int totalLines;
  private final Map<Object, Object> fileState = new HashMap<>();

  private int lineNumber;
  private int linesRead;
  private int indentChar = -1;
  private int previousIndentLevel;
  private String previousLogical = "";
  private String previousUnindentedLogical = "";
  /** The tokens of the logical line being read: {@code tokens[0..count)}. */
  private PyToken[] tokens = new PyToken[256];
  private int count;
  private final boolean honourNoqa;
  private final boolean skipPlainLines;
  private final LogicalLineBuilder builder = new LogicalLineBuilder();
  private int blankLines;
  private int blankBefore;
  private int fstringStart;
  private int tstringStart;
  private boolean noqa;

  private PycodestyleDriver(FileTokens file, PycodestyleOptions options, Listener listener) {
    this.file = file;
    this.options = options;
    this.listener = listener;
    this.totalLines = file.lineCount();
    this.honourNoqa = options.honourNoqa();
    this.skipPlainLines = !listener.wantsPlainLines();
  }

  public static void run(FileTokens file, PycodestyleOptions options, Listener listener) {
    new PycodestyleDriver(file, options, listener).checkAll();
  }

  private void checkAll() {
    int parens = 0;
    String prevPhysical = "";
    for (PyToken token : file.tokenArray()) {
      if (token.startRow() > totalLines) {
        break;
      }
      read(Math.min(token.endRow(), totalLines));
      String tokenLine = file.tokenLine(token);
      noqa = honourNoqa && !tokenLine.isEmpty() && Chars.hasNoqa(tokenLine);
      maybeCheckPhysical(token, tokenLine, prevPhysical);
      if (count == tokens.length) {
        tokens = Arrays.copyOf(tokens, count * 2);
      }
      tokens[count++] = token;
      if (token.isOp()) {
        String s = token.string();
        if (s.length() == 1) {
          char c = s.charAt(0);
          if (c == '(' || c == '[' || c == '{') {
            parens++;
          } else if (c == ')' || c == ']' || c == '}') {
            parens--;
          }
        }
      } else if (parens == 0 && token.isNewline()) {
        if (token.type() == TokenType.NEWLINE) {
          checkLogical();
          blankBefore = 0;
        } else if (count == 1) {
          blankLines++;
          count = 0;
        } else {
          checkLogical();
        }
      }
      prevPhysical = tokenLine;
    }
    if (count > 0) {
      checkPhysical(file.line(totalLines), false);
      checkLogical();
    }
  }

  /** tokenize reads lines as it needs them; pycodestyle notes the indent char as they come. */
  private void read(int upTo) {
    while (linesRead < upTo) {
      linesRead++;
      String line = file.line(linesRead);
      if (indentChar < 0 && !line.isEmpty() && Chars.isWhitespace(line.charAt(0))) {
        indentChar = line.charAt(0);
      }
    }
    lineNumber = Math.max(lineNumber, upTo);
  }

  private void maybeCheckPhysical(PyToken token, String tokenLine, String prevPhysical) {
    TokenType type = token.type();
    if (type == TokenType.FSTRING_START) {
      fstringStart = token.startRow();
    } else if (type == TokenType.TSTRING_START) {
      tstringStart = token.startRow();
    } else if (isEolToken(token, tokenLine)) {
      checkPhysical(tokenLine.isEmpty() ? prevPhysical : tokenLine, false);
    } else if (type == TokenType.STRING && token.endRow() != token.startRow() // a line break inside
        || type == TokenType.FSTRING_END || type == TokenType.TSTRING_END) {
      // A multi-line string: check each of its lines but the last, whose line end comes after
      // the string and is checked with the tokens that follow.
      if (honourNoqa && Chars.hasNoqa(tokenLine)) {
        return;
      }
      int start = type == TokenType.FSTRING_END ? fstringStart
          : type == TokenType.TSTRING_END ? tstringStart : token.startRow();
      int end = token.endRow();
      lineNumber = start;
      for (int row = start; row < end; row++) {
        checkPhysical(file.line(row) + "\n", true);
        lineNumber++;
      }
    }
  }

  /** The last line {@link #isEolToken} scanned, and where its content before the backslash ends. */
  private String backslashLine;
  private int backslashContentEnd;

  /** Whether only whitespace, a backslash and a line break follow the token on its line. */
  private boolean isEolToken(PyToken token, String tokenLine) {
    if (token.isNewline()) {
      return true;
    }
    int n = tokenLine.length();
    if (n < 2 || tokenLine.charAt(n - 1) != '\n' || tokenLine.charAt(n - 2) != '\\') {
      return false; // the line does not end with a backslash: the usual case, decided at once
    }
    // Python's line[end:].lstrip() == '\\\n': only whitespace between the token and the
    // backslash, that is the token ends at or after the line's content before the backslash.
    // Every token of the line asks, and backslashes lined up far right have long runs of
    // spaces before them: the content's end is found once per line.
    if (tokenLine != backslashLine) {
      int end = n - 2;
      while (end > 0 && Chars.isPySpace(tokenLine.charAt(end - 1))) {
        end--;
      }
      backslashLine = tokenLine;
      backslashContentEnd = end;
    }
    int start = Math.min(token.endCol(), n);
    return start <= n - 2 && start >= backslashContentEnd;
  }

  private void checkPhysical(String line, boolean multiline) {
    if (skipPlainLines && PhysicalLine.isPlain(line, lineNumber, file, indentChar, options)) {
      return; // and the indent char stays: a plain line's indent is all of it
    }
    PhysicalLine physical = PhysicalLine.of(line, lineNumber, file, indentChar, multiline, noqa, options);
    listener.physical(physical);
    if (physical.mixedIndentOffset() >= 0) {
      indentChar = line.charAt(0); // pycodestyle adopts the line's char after reporting E101
    }
  }

  private void checkLogical() {
    PyToken[] lineTokens = Arrays.copyOf(tokens, count);
    LogicalLineBuilder built = builder.build(lineTokens, file, options.honourNoqa());
    if (built == null) {
      return; // pycodestyle keeps the tokens for the next logical line
    }
    String startLine = file.line(built.rows()[0]);
    int indentLevel = Indents.expand(startLine, Math.min(built.cols()[0], startLine.length()));
    if (blankBefore < blankLines) {
      blankBefore = blankLines;
    }
    LogicalLineContext context = new LogicalLineContext(file, options, indentLevel, previousIndentLevel,
        previousLogical, previousUnindentedLogical, blankLines, blankBefore, lineNumber, indentChar, fileState);
    boolean lineNoqa = honourNoqa && built.noqa();
    listener.logical(new LogicalLine(built, lineTokens, lineNoqa, context));
    String text = built.text();
    if (!text.isEmpty()) {
      previousIndentLevel = indentLevel;
      previousLogical = text;
      if (indentLevel == 0) {
        previousUnindentedLogical = text;
      }
    }
    blankLines = 0;
    count = 0;
  }
}

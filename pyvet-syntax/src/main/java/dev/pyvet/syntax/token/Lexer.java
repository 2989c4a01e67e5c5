package dev.pyvet.syntax.token;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.PySyntaxError.Kind;
import dev.pyvet.syntax.source.LineIndex;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.unicode.PyUnicode;

/**
 * One tokenizing run over one text. The control flow follows CPython's C tokenizer
 * (Parser/lexer/lexer.c) closely, because exactness is measured against it: the same order of
 * checks gives the same tokens and the same first error.
 *
 * <p>The text is copied into a char array with a line break appended when the text does not end
 * with one (CPython adds the same implicit newline) and NUL sentinels after it; the sentinel is
 * the end of input, which is unambiguous because a text with a NUL is rejected up front. Token
 * positions are clamped to the real text, so the implicit newline gives an empty NEWLINE or NL.
 */
final class Lexer {
  private static final int EOF = -1;
  /** Returned by number helpers after they recorded an error. */
  private static final int FAILED = -2;

  private static final int TAB_SIZE = 8;
  private static final int MAX_INDENT = 100;
  private static final int MAX_LEVEL = 200;
  private static final int MAX_FSTRING_LEVEL = 150;
  private static final int MAX_EXPR_NESTING = 3;

  private static final byte T_ENDMARKER = (byte) TokenType.ENDMARKER.ordinal();
  private static final byte T_NAME = (byte) TokenType.NAME.ordinal();
  private static final byte T_NUMBER = (byte) TokenType.NUMBER.ordinal();
  private static final byte T_STRING = (byte) TokenType.STRING.ordinal();
  private static final byte T_NEWLINE = (byte) TokenType.NEWLINE.ordinal();
  private static final byte T_NL = (byte) TokenType.NL.ordinal();
  private static final byte T_COMMENT = (byte) TokenType.COMMENT.ordinal();
  private static final byte T_INDENT = (byte) TokenType.INDENT.ordinal();
  private static final byte T_DEDENT = (byte) TokenType.DEDENT.ordinal();
  private static final byte T_ERRORTOKEN = (byte) TokenType.ERRORTOKEN.ordinal();
  private static final byte T_COLON = (byte) TokenType.COLON.ordinal();
  private static final byte T_DOT = (byte) TokenType.DOT.ordinal();
  private static final byte T_ELLIPSIS = (byte) TokenType.ELLIPSIS.ordinal();

  private final SourceText source;
  private final String text;
  private final char[] s;
  /** Length of {@link #s} without the sentinels: the text plus the implicit newline. */
  private final int n;
  /** Length of the real text; token positions never go beyond it. */
  private final int textLen;
  private int pos;
  /**
   * Where CPython's {@code tok->buf} would start: the line the tokenizer last entered between
   * tokens (at a line's indentation, or after a backslash there). Lines entered inside a token (a
   * multi-line string, or after a backslash continuation elsewhere) do not move it. The parser
   * measures some error columns from here, so they run on across such lines.
   */
  private int bufStart;

  private byte[] types;
  private int[] starts;
  private int[] ends;
  private int size;
  private PySyntaxError error;
  /** See {@link Tokens#unclosedBracketAtError()}. */
  private PySyntaxError unclosedBracket;
  private LineIndex lines;
  /** Whether a NAME token holds a char outside ASCII (see {@link Tokens#positions}). */
  private boolean nonAsciiName;

  private boolean atBol = true;
  private boolean blankLine;
  private boolean commentNewline;
  private final int[] indStack = new int[MAX_INDENT];
  private final int[] altIndStack = new int[MAX_INDENT];
  private int indent;
  private int pendin;

  private final char[] parenChar = new char[MAX_LEVEL];
  private final int[] parenPos = new int[MAX_LEVEL];
  private int level;

  /**
   * Stack of f-string (and t-string) modes; index 0 stands for the code outside any f-string.
   * Each entry says whether the lexer is scanning literal text or a replacement field.
   */
  private int modeTop;

  private boolean[] modeRegular = new boolean[8];
  private char[] modeQuote = new char[8];
  private int[] modeQuoteSize = new int[8];
  private boolean[] modeRaw = new boolean[8];
  private boolean[] modeTemplate = new boolean[8];
  private int[] modeStart = new int[8];
  private int[] modeCurly = new int[8];
  private int[] modeExprStart = new int[8];
  private boolean[] modeInFormatSpec = new boolean[8];

  Lexer(SourceText source) {
    this.source = source;
    this.text = source.text();
    this.textLen = text.length();
    boolean implicitNewline = textLen > 0 && !isLineBreak(text.charAt(textLen - 1));
    this.n = textLen + (implicitNewline ? 1 : 0);
    this.s = new char[n + 4];
    text.getChars(0, textLen, s, 0);
    if (implicitNewline) {
      s[textLen] = '\n';
    }
    // The standard library averages one token per 6 chars; growing is cheaper than zeroing more.
    int capacity = Math.max(16, textLen / 5);
    types = new byte[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
  }

  Tokens run() {
    if (!source.isNulFree() && text.indexOf('\0') >= 0) {
      // compile() rejects such a string before tokenizing, without a position.
      error = new PySyntaxError(Kind.SyntaxError, "source code string cannot contain null bytes", 0, 0, 0, 0);
      emit(T_ERRORTOKEN, 0, 0);
      return result();
    }
    while (error == null) {
      if (modeTop > 0 && !modeRegular[modeTop]) {
        fstringMode();
      } else if (!normalMode()) {
        break;
      }
    }
    return result();
  }

  private Tokens result() {
    return new Tokens(source, types, starts, ends, size, error, unclosedBracket, s, !nonAsciiName);
  }

  // ---------------------------------------------------------------- output

  private void emit(byte type, int start, int end) {
    if (size == types.length) {
      int cap = size * 2;
      types = java.util.Arrays.copyOf(types, cap);
      starts = java.util.Arrays.copyOf(starts, cap);
      ends = java.util.Arrays.copyOf(ends, cap);
    }
    types[size] = type;
    starts[size] = Math.min(start, textLen);
    ends[size] = Math.min(end, textLen);
    size++;
  }

  private void emit(TokenType type, int start, int end) {
    emit((byte) type.ordinal(), start, end);
  }

  // ---------------------------------------------------------------- chars

  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isPotentialIdentifierStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
  }

  /** ASCII letters, digits and '_'; one table load instead of five comparisons on the hottest loop. */
  private static final boolean[] ASCII_IDENTIFIER_CHAR = new boolean[128];

  /** Chars that may start a string prefix (b, r, u, f, t in either case). */
  private static final boolean[] PREFIX_CHAR = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_IDENTIFIER_CHAR[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    for (char c : "bBrRuUfFtT".toCharArray()) {
      PREFIX_CHAR[c] = true;
    }
  }

  private static boolean isPotentialIdentifierChar(int c) {
    return c >= 128 || (c >= 0 && ASCII_IDENTIFIER_CHAR[c]);
  }

  /** The next char, or EOF without moving; mirrors {@code tok_nextc}. */
  private int next() {
    if (pos >= n) {
      return EOF;
    }
    return s[pos++];
  }

  /** Steps back over {@code c}; mirrors {@code tok_backup}, for which EOF is a no-op. */
  private void backup(int c) {
    if (c != EOF) {
      pos--;
    }
  }

  /** Length of the line break at {@code p}: 2 for CRLF, 1 for LF or a lone CR, else 0. */
  private int lineBreakAt(int p) {
    char c = s[p];
    if (c == '\n') {
      return 1;
    }
    if (c == '\r') {
      return s[p + 1] == '\n' ? 2 : 1;
    }
    return 0;
  }

  // ---------------------------------------------------------------- errors

  private LineIndex lines() {
    if (lines == null) {
      lines = source.lines();
    }
    return lines;
  }

  /** The 1-based line holding {@code p}; the end of input belongs to the last line. */
  private int lineAt(int p) {
    if (textLen == 0) {
      return 1;
    }
    int q = Math.min(p, textLen);
    if (q == textLen && isLineBreak(text.charAt(textLen - 1))) {
      // The end of input after a final line break: CPython still counts the last line.
      q = textLen - 1;
      if (text.charAt(q) == '\n' && q > 0 && text.charAt(q - 1) == '\r') {
        q--;
      }
    }
    return lines().lineOf(q);
  }

  /** Code points between the start of the line holding {@code p} and {@code p}. */
  private int columnAt(int p) {
    int q = Math.min(p, textLen);
    int line = lineAt(q);
    int start = lines().lineStart(line);
    return text.codePointCount(start, Math.max(start, q));
  }

  private void fail(Kind kind, String message, int line, int column, int endLine, int endColumn, int tokenStart) {
    if (error != null) {
      return;
    }
    error = new PySyntaxError(kind, message, line, column, endLine, endColumn);
    emit(T_ERRORTOKEN, Math.min(tokenStart, pos), Math.max(tokenStart, pos));
  }

  /**
   * A tokenizer error located at the char offset {@code cur}, as CPython's
   * {@code _PyTokenizer_syntaxerror} reports it: the offset is the number of chars before
   * {@code cur} on its line, and the error ends where it starts.
   */
  private boolean syntaxError(String message, int cur, int tokenStart) {
    int line = lineAt(cur);
    int col = columnAt(cur);
    fail(Kind.SyntaxError, message, line, col, line, col, tokenStart);
    return false;
  }

  /** An error of a string that never ends, reported at its start. */
  private boolean stringError(String message, int stringStart) {
    int line = lineAt(stringStart);
    int col = columnAt(stringStart) + 1;
    fail(Kind.SyntaxError, message, line, col, line, col, stringStart);
    return false;
  }

  /**
   * Errors the parser reports at the end of the current line, without an end column (E_DEDENT,
   * E_EOF): the offset is the line's length in bytes, turned into chars over the text from
   * {@link #bufStart}, as CPython does.
   */
  private boolean lineEndError(Kind kind, String message, int tokenStart) {
    int line = lineAt(pos);
    int start = lines().lineStart(line);
    int end = lineEndAfter(start);
    int col = charsInFirstBytes(bufStart, utf8Length(start, end));
    fail(kind, message, line, col, line, -1, tokenStart);
    return false;
  }

  /**
   * UTF-8 length of the chars {@code [from, to)} of {@link #s} as CPython's buffer holds them: a
   * CRLF is one byte, because CPython has translated it to a newline.
   */
  private int utf8Length(int from, int to) {
    int bytes = 0;
    for (int p = from; p < to; p++) {
      char c = s[p];
      if (c < 0x80) {
        bytes += c == '\r' && s[p + 1] == '\n' && p + 1 < to ? 0 : 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(s[p + 1])) {
        bytes += 4;
        p++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * CPython's {@code _PyPegen_byte_offset_to_character_offset}: how many chars the first
   * {@code byteCount} bytes of the text from {@code from} decode to, a char cut short counting as
   * one (it decodes with "replace"), a CRLF as one.
   */
  private int charsInFirstBytes(int from, int byteCount) {
    int count = 0;
    int bytes = 0;
    int p = from;
    while (bytes < byteCount && p < n) {
      char c = s[p];
      if (c == '\r' && s[p + 1] == '\n' && p + 1 < n) {
        bytes += 1;
        p += 2;
      } else if (c < 0x80) {
        bytes += 1;
        p++;
      } else if (c < 0x800) {
        bytes += 2;
        p++;
      } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(s[p + 1])) {
        bytes += 4;
        p += 2;
      } else {
        bytes += 3;
        p++;
      }
      count++;
    }
    if (bytes < byteCount) {
      count++; // C reads the terminating NUL as one more char
    }
    return count;
  }

  private int lineEndAfter(int start) {
    int p = start;
    while (p < n && !isLineBreak(s[p])) {
      p++;
    }
    return p < n ? p + lineBreakAt(p) : p;
  }

  /**
   * The parser's error at the end of input with a bracket open: its column is the bracket's byte
   * offset in its line, turned into chars over the text from {@link #bufStart} when the bracket is
   * on the last line (CPython's error line is then its tokenizer buffer), else over the line.
   */
  private boolean unclosedParenError() {
    PySyntaxError e = unclosedParen();
    fail(e.kind(), e.message(), e.line(), e.column(), e.endLine(), e.endColumn(), pos);
    return false;
  }

  private PySyntaxError unclosedParen() {
    int open = parenPos[level - 1];
    int line = lineAt(open);
    int lineStart = lines().lineStart(line);
    int from = lineAt(pos) <= line ? Math.min(bufStart, lineStart) : lineStart;
    int col = charsInFirstBytes(from, utf8Length(lineStart, open) + 1);
    return new PySyntaxError(Kind.SyntaxError, "'" + parenChar[level - 1] + "' was never closed", line, col, line, 0);
  }

  private boolean indentationError(Kind kind, String message, int tokenStart) {
    int line = lineAt(pos);
    fail(kind, message, line, 1, line, 0, tokenStart);
    return false;
  }

  // ---------------------------------------------------------------- regular mode

  /** Emits the next token(s) outside f-string literal text; false after ENDMARKER or an error. */
  private boolean normalMode() {
    if (atBol && !indentation()) {
      return false;
    }
    for (;;) {
      int p = pos;
      char c = s[p];
      while (c == ' ' || c == '\t' || c == '\f') {
        c = s[++p];
      }
      pos = p;
      int start = p;

      if (c == '#') {
        while (c != 0 && c != '\n' && c != '\r') {
          c = s[++pos];
        }
        emit(T_COMMENT, start, pos);
        commentNewline = blankLine;
        return true;
      }

      if (pos >= n) {
        if (level > 0) {
          return unclosedParenError();
        }
        emit(T_ENDMARKER, pos, pos);
        return false;
      }

      if (isPotentialIdentifierStart(c)) {
        return identifierOrPrefixedString(start, c);
      }

      if (c == '\n' || c == '\r') {
        pos += lineBreakAt(pos);
        atBol = true;
        if (blankLine || level > 0 || commentNewline) {
          commentNewline = false;
          emit(T_NL, start, pos);
        } else {
          emit(T_NEWLINE, start, pos);
        }
        return true;
      }

      if (c == '.') {
        char c1 = s[pos + 1];
        if (isDigit(c1)) {
          pos++;
          return number(start, true);
        }
        if (c1 == '.' && s[pos + 2] == '.') {
          pos += 3;
          emit(T_ELLIPSIS, start, pos);
          return true;
        }
        pos++;
        emit(T_DOT, start, pos);
        return true;
      }

      if (isDigit(c)) {
        return number(start, false);
      }

      if (c == '"' || c == '\'') {
        return string(start, c);
      }

      if (c == '\\') {
        pos++;
        if (!continuation(start)) {
          return false;
        }
        continue;
      }

      return operator(start, c);
    }
  }

  /** Measures the indentation of a new line and queues INDENT/DEDENT tokens, as CPython does. */
  private boolean indentation() {
    atBol = false;
    blankLine = false;
    int col = 0;
    int altCol = 0;
    int contLineCol = 0;
    int lineBegin = pos;
    if (pos < n) {
      bufStart = pos; // at the end of input CPython reads no line, so its buffer stays
    }
    for (;;) {
      char c = s[pos];
      if (c == ' ') {
        col++;
        altCol++;
        pos++;
      } else if (c == '\t') {
        col = (col / TAB_SIZE + 1) * TAB_SIZE;
        altCol++;
        pos++;
      } else if (c == '\f') {
        col = altCol = 0;
        pos++;
      } else if (c == '\\') {
        // Indentation cannot be split over lines: the first backslash fixes the column.
        contLineCol = contLineCol != 0 ? contLineCol : col;
        int start = pos;
        pos++;
        if (!continuation(start)) {
          return false;
        }
        lineBegin = pos;
        bufStart = pos;
      } else {
        break;
      }
    }
    char c = s[pos];
    if (c == '#' || c == '\n' || c == '\r') {
      blankLine = true;
    }
    if (!blankLine && level == 0) {
      if (contLineCol != 0) {
        col = contLineCol;
        altCol = contLineCol;
      }
      if (col == indStack[indent]) {
        if (altCol != altIndStack[indent]) {
          return tabError();
        }
      } else if (col > indStack[indent]) {
        if (indent + 1 >= MAX_INDENT) {
          return indentationError(Kind.IndentationError, "too many levels of indentation", pos);
        }
        if (altCol <= altIndStack[indent]) {
          return tabError();
        }
        pendin++;
        indStack[++indent] = col;
        altIndStack[indent] = altCol;
      } else {
        while (indent > 0 && col < indStack[indent]) {
          pendin--;
          indent--;
        }
        if (col != indStack[indent]) {
          return lineEndError(Kind.IndentationError, "unindent does not match any outer indentation level", pos);
        }
        if (altCol != altIndStack[indent]) {
          return tabError();
        }
      }
    }
    while (pendin != 0) {
      if (pendin < 0) {
        emit(T_DEDENT, pos, pos);
        pendin++;
      } else {
        emit(T_INDENT, lineBegin, pos);
        pendin--;
      }
    }
    return true;
  }

  private boolean tabError() {
    return indentationError(Kind.TabError, "inconsistent use of tabs and spaces in indentation", pos);
  }

  /** After a backslash at {@code start}: a line break must follow, and then more input. */
  private boolean continuation(int start) {
    int nl = lineBreakAt(pos);
    if (nl == 0) {
      // The parser reports it just after the first byte of the char that follows the backslash,
      // counting from its buffer's start (see bufStart), without an end.
      int line = lineAt(start);
      if (level > 0) {
        unclosedBracket = unclosedParen();
      }
      fail(Kind.SyntaxError, "unexpected character after line continuation character",
          line, charsInFirstBytes(bufStart, utf8Length(bufStart, pos) + 1), line, 0, start);
      return false;
    }
    pos += nl;
    if (pos >= n) {
      if (level > 0) {
        return unclosedParenError();
      }
      pos = n;
      return lineEndError(Kind.SyntaxError, "unexpected EOF while parsing", start);
    }
    return true;
  }

  private boolean identifierOrPrefixedString(int start, char first) {
    int c = first;
    boolean sawB = false;
    boolean sawR = false;
    boolean sawU = false;
    boolean sawF = false;
    boolean sawT = false;
    while (c < 128 && PREFIX_CHAR[c]) {
      if (!(sawB || sawU || sawF || sawT) && (c == 'b' || c == 'B')) {
        sawB = true;
      } else if (!(sawB || sawU || sawR || sawF || sawT) && (c == 'u' || c == 'U')) {
        sawU = true;
      } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
        sawR = true;
      } else if (!(sawF || sawB || sawU || sawT) && (c == 'f' || c == 'F')) {
        sawF = true;
      } else if (!(sawT || sawF || sawB || sawU) && (c == 't' || c == 'T')) {
        sawT = true;
      } else {
        break;
      }
      c = s[++pos];
      if (c == '"' || c == '\'') {
        if (sawF || sawT) {
          return fstringStart(start, (char) c, sawR, sawT);
        }
        return string(start, (char) c);
      }
    }
    char[] a = s;
    boolean[] asciiIdentifierChar = ASCII_IDENTIFIER_CHAR;
    int p = pos;
    // The hottest loop of the lexer, kept to one table load per char for ASCII names.
    while (c < 128 && asciiIdentifierChar[c]) {
      c = a[++p];
    }
    boolean nonAscii = c >= 128;
    while (isPotentialIdentifierChar(c)) {
      c = a[++p];
    }
    pos = p;
    if (nonAscii) {
      nonAsciiName = true;
      if (!verifyIdentifier(start, pos)) {
        return false;
      }
    }
    emit(T_NAME, start, pos);
    return true;
  }

  /** PEP 3131: the first code point is XID_Start or '_', the others XID_Continue. */
  private boolean verifyIdentifier(int start, int end) {
    int i = start;
    boolean first = true;
    while (i < end) {
      int cp = Character.codePointAt(s, i, end);
      boolean ok = first ? (cp == '_' || PyUnicode.isXidStart(cp)) : PyUnicode.isXidContinue(cp);
      int next = i + Character.charCount(cp);
      if (!ok) {
        String message = PyUnicode.isPrintable(cp)
            ? "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex(cp) + ")"
            : "invalid non-printable character U+" + hex(cp);
        pos = next;
        return syntaxError(message, next, start);
      }
      first = false;
      i = next;
    }
    return true;
  }

  static String hex(int cp) {
    String h = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
    return h.length() >= 4 ? h : "0000".substring(h.length()) + h;
  }

  // ---------------------------------------------------------------- numbers

  /** A number starting at {@code start}; {@code afterDot} when it began with '.' and a digit. */
  private boolean number(int start, boolean afterDot) {
    if (afterDot) {
      return fraction(start, next());
    }
    int c = next();
    if (c == '0') {
      c = next();
      if (c == 'x' || c == 'X') {
        c = next();
        do {
          if (c == '_') {
            c = next();
          }
          if (!isHexDigit(c)) {
            backup(c);
            return syntaxError("invalid hexadecimal literal", pos, start);
          }
          do {
            c = next();
          } while (isHexDigit(c));
        } while (c == '_');
        return endOfNumber(start, c, "hexadecimal");
      } else if (c == 'o' || c == 'O') {
        c = next();
        do {
          if (c == '_') {
            c = next();
          }
          if (c < '0' || c >= '8') {
            if (isDigit(c)) {
              return syntaxError("invalid digit '" + (char) c + "' in octal literal", pos, start);
            }
            backup(c);
            return syntaxError("invalid octal literal", pos, start);
          }
          do {
            c = next();
          } while ('0' <= c && c < '8');
        } while (c == '_');
        if (isDigit(c)) {
          return syntaxError("invalid digit '" + (char) c + "' in octal literal", pos, start);
        }
        return endOfNumber(start, c, "octal");
      } else if (c == 'b' || c == 'B') {
        c = next();
        do {
          if (c == '_') {
            c = next();
          }
          if (c != '0' && c != '1') {
            if (isDigit(c)) {
              return syntaxError("invalid digit '" + (char) c + "' in binary literal", pos, start);
            }
            backup(c);
            return syntaxError("invalid binary literal", pos, start);
          }
          do {
            c = next();
          } while (c == '0' || c == '1');
        } while (c == '_');
        if (isDigit(c)) {
          return syntaxError("invalid digit '" + (char) c + "' in binary literal", pos, start);
        }
        return endOfNumber(start, c, "binary");
      } else {
        boolean nonzero = false;
        // Maybe an old-style octal; '0' alone (or 0_0...) is fine.
        for (;;) {
          if (c == '_') {
            c = next();
            if (!isDigit(c)) {
              backup(c);
              return syntaxError("invalid decimal literal", pos, start);
            }
          }
          if (c != '0') {
            break;
          }
          c = next();
        }
        int zerosEnd = pos;
        if (isDigit(c)) {
          nonzero = true;
          c = decimalTail(start);
          if (c == FAILED) {
            return false;
          }
        }
        if (c == '.') {
          return fraction(start, next());
        } else if (c == 'e' || c == 'E') {
          return exponent(start, c);
        } else if (c == 'j' || c == 'J') {
          return imaginary(start);
        } else if (nonzero) {
          backup(c);
          // CPython gives this range in bytes of the line, not in chars.
          int line = lineAt(start);
          int lineStart = lines().lineStart(line);
          fail(Kind.SyntaxError,
              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
              line, utf8Length(lineStart, start) + 1, line, utf8Length(lineStart, zerosEnd), start);
          return false;
        }
        return endOfNumber(start, c, "decimal");
      }
    }
    c = decimalTail(start);
    if (c == FAILED) {
      return false;
    }
    if (c == '.') {
      return fraction(start, next());
    }
    return afterFraction(start, c);
  }

  private boolean fraction(int start, int c) {
    if (isDigit(c)) {
      c = decimalTail(start);
      if (c == FAILED) {
        return false;
      }
    }
    return afterFraction(start, c);
  }

  private boolean afterFraction(int start, int c) {
    if (c == 'e' || c == 'E') {
      return exponent(start, c);
    }
    if (c == 'j' || c == 'J') {
      return imaginary(start);
    }
    return endOfNumber(start, c, "decimal");
  }

  private boolean exponent(int start, int e) {
    int c = next();
    if (c == '+' || c == '-') {
      c = next();
      if (!isDigit(c)) {
        backup(c);
        return syntaxError("invalid decimal literal", pos, start);
      }
    } else if (!isDigit(c)) {
      // "1e" followed by something else: the number ends before the 'e'.
      backup(c);
      if (!verifyEndOfNumber(start, e, "decimal")) {
        return false;
      }
      backup(e);
      emit(T_NUMBER, start, pos);
      return true;
    }
    c = decimalTail(start);
    if (c == FAILED) {
      return false;
    }
    if (c == 'j' || c == 'J') {
      return imaginary(start);
    }
    return endOfNumber(start, c, "decimal");
  }

  private boolean imaginary(int start) {
    return endOfNumber(start, next(), "imaginary");
  }

  /** {@code c} was read just after the number: check it, step back and emit the NUMBER. */
  private boolean endOfNumber(int start, int c, String kind) {
    if (!verifyEndOfNumber(start, c, kind)) {
      return false;
    }
    backup(c);
    emit(T_NUMBER, start, pos);
    return true;
  }

  private int decimalTail(int start) {
    int c;
    for (;;) {
      do {
        c = next();
      } while (isDigit(c));
      if (c != '_') {
        break;
      }
      c = next();
      if (!isDigit(c)) {
        backup(c);
        syntaxError("invalid decimal literal", pos, start);
        return FAILED;
      }
    }
    return c;
  }

  /**
   * A number directly followed by a letter is an error, except before the keywords that may
   * follow a number in valid code (CPython only warns there). {@code c} was just read.
   */
  private boolean verifyEndOfNumber(int start, int c, String kind) {
    boolean keyword = switch (c) {
      case 'a' -> lookahead("nd");
      case 'e' -> lookahead("lse");
      case 'f' -> lookahead("or");
      case 'i' -> {
        char c2 = s[pos];
        yield pos < n && (c2 == 'f' || c2 == 'n' || c2 == 's');
      }
      case 'o' -> lookahead("r");
      case 'n' -> lookahead("ot");
      default -> false;
    };
    if (keyword) {
      return true;
    }
    if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
      backup(c);
      return syntaxError("invalid " + kind + " literal", pos, start);
    }
    return true;
  }

  /** True when {@code rest} follows at pos and is not followed by an identifier char. */
  private boolean lookahead(String rest) {
    int p = pos;
    for (int i = 0; i < rest.length(); i++) {
      if (p >= n || s[p] != rest.charAt(i)) {
        return false;
      }
      p++;
    }
    return p >= n || !isPotentialIdentifierChar(s[p]);
  }

  // ---------------------------------------------------------------- strings

  /** A string or bytes literal whose opening quote is at pos; the prefix starts at start. */
  private boolean string(int start, char quote) {
    pos++;
    int quoteSize = 1;
    int endQuoteSize = 0;
    boolean escapedQuote = false;
    if (s[pos] == quote) {
      if (s[pos + 1] == quote) {
        quoteSize = 3;
        pos += 2;
      } else {
        pos++;
        endQuoteSize = 1;
      }
    }
    while (endQuoteSize != quoteSize) {
      int c = next();
      if (c == EOF || (quoteSize == 1 && isLineBreak(c))) {
        int detected = lineAt(c == EOF ? pos : pos - 1);
        if (modeTop > 0 && modeQuote[modeTop] == quote && modeQuoteSize[modeTop] == quoteSize) {
          return stringError(kindLetter() + "-string: expecting '}'", start);
        }
        if (quoteSize == 3) {
          return stringError("unterminated triple-quoted string literal (detected at line " + detected + ")", start);
        }
        return stringError("unterminated string literal (detected at line " + detected + ")"
            + (escapedQuote ? "; perhaps you escaped the end quote?" : ""), start);
      }
      if (c == quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c == '\\') {
          c = next();
          if (c == quote) {
            escapedQuote = true;
          }
          if (c == '\r' && s[pos] == '\n') {
            pos++;
          }
        }
      }
    }
    emit(T_STRING, start, pos);
    return true;
  }

  private String kindLetter() {
    return modeTemplate[modeTop] ? "t" : "f";
  }

  // ---------------------------------------------------------------- f-strings

  private boolean fstringStart(int start, char quote, boolean raw, boolean template) {
    pos++;
    int quoteSize = 1;
    if (s[pos] == quote && s[pos + 1] == quote) {
      quoteSize = 3;
      pos += 2;
    }
    if (modeTop + 1 >= MAX_FSTRING_LEVEL) {
      return syntaxError("too many nested " + (template ? "t" : "f") + "-strings", pos, start);
    }
    pushMode(quote, quoteSize, raw, template, start);
    emit(template ? TokenType.TSTRING_START : TokenType.FSTRING_START, start, pos);
    return true;
  }

  private void pushMode(char quote, int quoteSize, boolean raw, boolean template, int start) {
    int m = ++modeTop;
    if (m == modeRegular.length) {
      int cap = m * 2;
      modeRegular = java.util.Arrays.copyOf(modeRegular, cap);
      modeQuote = java.util.Arrays.copyOf(modeQuote, cap);
      modeQuoteSize = java.util.Arrays.copyOf(modeQuoteSize, cap);
      modeRaw = java.util.Arrays.copyOf(modeRaw, cap);
      modeTemplate = java.util.Arrays.copyOf(modeTemplate, cap);
      modeStart = java.util.Arrays.copyOf(modeStart, cap);
      modeCurly = java.util.Arrays.copyOf(modeCurly, cap);
      modeExprStart = java.util.Arrays.copyOf(modeExprStart, cap);
      modeInFormatSpec = java.util.Arrays.copyOf(modeInFormatSpec, cap);
    }
    modeRegular[m] = false;
    modeQuote[m] = quote;
    modeQuoteSize[m] = quoteSize;
    modeRaw[m] = raw;
    modeTemplate[m] = template;
    modeStart[m] = start;
    modeCurly[m] = 0;
    modeExprStart[m] = -1;
    modeInFormatSpec[m] = false;
  }

  /**
   * Literal text of an f-string: emits FSTRING_MIDDLE (possibly empty, where CPython emits an
   * empty one), FSTRING_END, or switches to regular mode at a replacement field. Unlike CPython,
   * a doubled brace does not split the middle: the token spans the source text.
   */
  private void fstringMode() {
    int m = modeTop;
    boolean template = modeTemplate[m];
    int start = pos;
    char c0 = s[pos];
    if (c0 == '{' && s[pos + 1] != '{') {
      if (++modeExprStart[m] >= MAX_EXPR_NESTING) {
        syntaxError(kindLetter() + "-string: expressions nested too deeply", pos, start);
        return;
      }
      modeRegular[m] = true;
      return;
    }
    char quote = modeQuote[m];
    int quoteSize = modeQuoteSize[m];
    if (pos < n && c0 == quote && (quoteSize == 1 || (s[pos + 1] == quote && s[pos + 2] == quote))) {
      pos += quoteSize;
      emit(template ? TokenType.TSTRING_END : TokenType.FSTRING_END, start, pos);
      modeTop--;
      return;
    }
    TokenType middle = template ? TokenType.TSTRING_MIDDLE : TokenType.FSTRING_MIDDLE;
    int endQuoteSize = 0;
    // After "\N{" the next '}' closes the escape whatever comes between (CPython's unicode_escape;
    // CPython ends its middle token there, pyvet's goes on).
    boolean unicodeEscape = false;
    while (endQuoteSize != quoteSize) {
      boolean inFormatSpec = modeInFormatSpec[m] && modeExprStart[m] >= 0;
      char c = s[pos];
      if (pos >= n || (quoteSize == 1 && isLineBreak(c))) {
        if (inFormatSpec && pos < n) {
          // A line break ends a format spec; the replacement field goes on in regular mode.
          modeRegular[m] = true;
          modeInFormatSpec[m] = false;
          emit(middle, start, pos);
          return;
        }
        int detected = lineAt(pos);
        String what = quoteSize == 3 ? "unterminated triple-quoted " : "unterminated ";
        stringError(what + kindLetter() + "-string literal (detected at line " + detected + ")", modeStart[m]);
        return;
      }
      pos++;
      if (c == quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c == '{') {
        if (s[pos] != '{' || inFormatSpec) {
          pos--;
          if (++modeExprStart[m] >= MAX_EXPR_NESTING) {
            syntaxError(kindLetter() + "-string: expressions nested too deeply", pos, start);
            return;
          }
          modeRegular[m] = true;
          modeInFormatSpec[m] = false;
          emit(middle, start, pos);
          return;
        }
        pos++; // "{{" stands for one brace and stays in this middle
        unicodeEscape = false; // CPython ends its middle token here, forgetting an open "\N{"
      } else if (c == '}') {
        if (unicodeEscape) {
          unicodeEscape = false;
        } else if (s[pos] == '}' && !inFormatSpec && modeCurly[m] == 0) {
          pos++;
          unicodeEscape = false;
        } else {
          pos--;
          modeRegular[m] = true;
          modeInFormatSpec[m] = false;
          emit(middle, start, pos);
          return;
        }
      } else if (c == '\\') {
        char peek = s[pos];
        if (peek == '{' || peek == '}' || pos >= n) {
          continue; // the brace is handled by the next iteration
        }
        pos += isLineBreak(peek) ? lineBreakAt(pos) : 1;
        if (!modeRaw[m] && peek == 'N' && s[pos] == '{') {
          pos++;
          unicodeEscape = true;
        }
      }
    }
    pos -= quoteSize;
    emit(middle, start, pos);
  }

  // ---------------------------------------------------------------- operators

  private boolean operator(int start, char c) {
    if (modeTop > 0 && modeExprStart[modeTop] >= 0 && (c == ':' || c == '}' || c == '!' || c == '{')) {
      int m = modeTop;
      int cursor = modeCurly[m] - (c != '{' ? 1 : 0);
      if (c == ':' && cursor == modeExprStart[m]) {
        // The format spec begins: back to literal text.
        modeRegular[m] = false;
        modeInFormatSpec[m] = true;
        pos++;
        emit(T_COLON, start, pos);
        return true;
      }
    }

    char c2 = s[pos + 1];
    TokenType two = Operators.two(c, c2);
    if (two != null) {
      TokenType three = Operators.three(c, c2, s[pos + 2]);
      if (three != null) {
        pos += 3;
        emit(three, start, pos);
      } else {
        pos += 2;
        emit(two, start, pos);
      }
      return true;
    }

    switch (c) {
      case '(', '[', '{' -> {
        if (level >= MAX_LEVEL) {
          return syntaxError("too many nested parentheses", pos + 1, start);
        }
        parenChar[level] = c;
        parenPos[level] = start;
        level++;
        if (modeTop > 0) {
          modeCurly[modeTop]++;
        }
      }
      case ')', ']', '}' -> {
        int m = modeTop;
        if (m > 0 && modeCurly[m] == 0 && c == '}') {
          return syntaxError(kindLetter() + "-string: single '}' is not allowed", pos + 1, start);
        }
        if (level == 0) {
          return syntaxError("unmatched '" + c + "'", pos + 1, start);
        }
        level--;
        char opening = parenChar[level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
          if (m > 0 && opening == '{' && modeCurly[m] - 1 == modeExprStart[m]) {
            return syntaxError(kindLetter() + "-string: unmatched '" + c + "'", pos + 1, start);
          }
          int openLine = lineAt(parenPos[level]);
          if (openLine != lineAt(pos)) {
            return syntaxError("closing parenthesis '" + c + "' does not match opening parenthesis '"
                + opening + "' on line " + openLine, pos + 1, start);
          }
          return syntaxError("closing parenthesis '" + c + "' does not match opening parenthesis '"
              + opening + "'", pos + 1, start);
        }
        if (m > 0) {
          if (--modeCurly[m] < 0) {
            return syntaxError(kindLetter() + "-string: unmatched '" + c + "'", pos + 1, start);
          }
          if (c == '}' && modeCurly[m] == modeExprStart[m]) {
            modeExprStart[m]--;
            modeRegular[m] = false;
            modeInFormatSpec[m] = false;
          }
        }
      }
      default -> {
        // fall through to the one-char token
      }
    }

    if (c < 0x20 || c == 0x7f) {
      return syntaxError("invalid non-printable character U+" + hex(c), pos + 1, start);
    }
    pos++;
    TokenType one = Operators.one(c);
    // Characters such as '$' or '?' are no token; tokenize reports them as OP and the parser fails.
    emit(one == null ? T_ERRORTOKEN : (byte) one.ordinal(), start, pos);
    return true;
  }
}

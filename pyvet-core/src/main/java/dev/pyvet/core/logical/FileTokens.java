package dev.pyvet.core.logical;

import dev.pyvet.syntax.source.LineIndex;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.token.TokenDump;
import dev.pyvet.syntax.token.TokenType;
import dev.pyvet.syntax.token.Tokens;
import java.util.Arrays;
import java.util.List;

/**
 * A file as pycodestyle reads it: its physical lines (line breaks read as {@code \n}, as Python
 * reads text files with universal newlines) and its tokens in {@code tokenize}'s shape.
 */
public final class FileTokens {
  private final String[] lines;
  private final PyToken[] tokens;
  private final List<PyToken> tokenList;
  /** tokenLine of the tokens that span rows, joined once (several checks ask for them). */
  private final java.util.Map<PyToken, String> joined = new java.util.IdentityHashMap<>();

  private FileTokens(String[] lines, PyToken[] tokens) {
    this.lines = lines;
    this.tokens = tokens;
    this.tokenList = java.util.Collections.unmodifiableList(Arrays.asList(tokens));
  }

  public static FileTokens of(Tokens tokens) {
    SourceText source = tokens.source();
    String text = source.text();
    LineIndex index = source.lines();
    int count = text.isEmpty() ? 0 : index.lineCount();
    String[] lines = new String[count];
    // lineStarts[r] is where the 1-based row r starts; lineStarts[count + 1] is the text's length
    int[] lineStarts = new int[count + 2];
    // whether a line ends with \r\n or \r: every \r of the text ends a line (LineIndex breaks
    // lines there), so only then do token strings need \r normalized
    boolean carriageReturns = false;
    for (int r = 1; r <= count; r++) {
      int start = index.lineStart(r);
      int end = index.lineStart(r + 1);
      lineStarts[r] = start;
      int contentEnd = lineContentEnd(text, start, end);
      // a line that ends with \n alone is its own text; \r\n and \r become \n
      if (contentEnd == end || contentEnd == end - 1 && text.charAt(contentEnd) == '\n') {
        lines[r - 1] = text.substring(start, end);
      } else {
        lines[r - 1] = text.substring(start, contentEnd) + "\n";
        carriageReturns = true;
      }
    }
    lineStarts[count + 1] = text.length();
    TokenDump dump = new TokenDump(tokens);
    PyToken[] out = new PyToken[tokens.size()];
    Rows rows = count == 0 ? null : new Rows(lineStarts, count, text);
    for (int i = 0; i < out.length; i++) {
      out[i] = rows == null ? convert(tokens, dump, index, text, i, count)
          : convert(tokens, dump, index, rows, text, i, carriageReturns);
    }
    return new FileTokens(lines, out);
  }

  /**
   * Rows of token offsets found by walking forward from the previous token's row: tokens come
   * in text order, so this replaces a binary search per offset. It gives {@link TokenDump}'s rows.
   */
  private static final class Rows {
    private final int[] lineStarts;
    private final int count;
    private final int length;
    private final boolean endsWithBreak;
    private int row = 1;

    Rows(int[] lineStarts, int count, String text) {
      this.lineStarts = lineStarts;
      this.count = count;
      this.length = text.length();
      char last = text.charAt(length - 1);
      this.endsWithBreak = last == '\n' || last == '\r';
    }

    /** LineIndex.lineOf(offset), starting the search at {@code from}'s row. */
    int rowOf(int offset, int from) {
      if (offset == length && endsWithBreak) {
        return count + 1;
      }
      int r = from;
      if (r > count || lineStarts[r] > offset) {
        r = 1; // out of order (never for tokenizer output): search from the top
      }
      while (r < count && lineStarts[r + 1] <= offset) {
        r++;
      }
      return r;
    }

    int startRow(int offset) {
      row = rowOf(offset, row);
      return row;
    }
  }

  /** The fixed text of an operator type, or null when its text may vary ({@code <>}, error tokens). */
  private static final String[] OPERATOR_TEXT = operatorTexts();

  private static String[] operatorTexts() {
    String[] t = new String[TokenType.values().length];
    String[][] pairs = {
        {"LPAR", "("}, {"RPAR", ")"}, {"LSQB", "["}, {"RSQB", "]"}, {"COLON", ":"}, {"COMMA", ","},
        {"SEMI", ";"}, {"PLUS", "+"}, {"MINUS", "-"}, {"STAR", "*"}, {"SLASH", "/"}, {"VBAR", "|"},
        {"AMPER", "&"}, {"LESS", "<"}, {"GREATER", ">"}, {"EQUAL", "="}, {"DOT", "."}, {"PERCENT", "%"},
        {"LBRACE", "{"}, {"RBRACE", "}"}, {"EQEQUAL", "=="}, {"LESSEQUAL", "<="}, {"GREATEREQUAL", ">="},
        {"TILDE", "~"}, {"CIRCUMFLEX", "^"}, {"LEFTSHIFT", "<<"}, {"RIGHTSHIFT", ">>"}, {"DOUBLESTAR", "**"},
        {"PLUSEQUAL", "+="}, {"MINEQUAL", "-="}, {"STAREQUAL", "*="}, {"SLASHEQUAL", "/="},
        {"PERCENTEQUAL", "%="}, {"AMPEREQUAL", "&="}, {"VBAREQUAL", "|="}, {"CIRCUMFLEXEQUAL", "^="},
        {"LEFTSHIFTEQUAL", "<<="}, {"RIGHTSHIFTEQUAL", ">>="}, {"DOUBLESTAREQUAL", "**="},
        {"DOUBLESLASH", "//"}, {"DOUBLESLASHEQUAL", "//="}, {"AT", "@"}, {"ATEQUAL", "@="}, {"RARROW", "->"},
        {"ELLIPSIS", "..."}, {"COLONEQUAL", ":="}, {"EXCLAMATION", "!"}};
    for (String[] p : pairs) {
      t[TokenType.valueOf(p[0]).ordinal()] = p[1];
    }
    return t;
  }

  /**
   * The text every token of {@code type} has, or null when it varies. The strings are the very
   * objects the tokens of that type carry, so a check of identity tells a token of fixed text.
   */
  public static String fixedText(TokenType type) {
    return OPERATOR_TEXT[type.ordinal()];
  }

  private static PyToken convert(Tokens tokens, TokenDump dump, LineIndex index, Rows rows, String text, int i,
      boolean carriageReturns) {
    TokenType type = tokens.type(i);
    int s = tokens.start(i);
    int e = tokens.end(i);
    int count = rows.count;
    int[] lineStarts = rows.lineStarts;
    boolean special = type == TokenType.DEDENT || type == TokenType.ENDMARKER;
    int startRow = special ? dump.startRow(i) : rows.startRow(s);
    int startCol = startRow > count ? 0 : s - lineStarts[startRow];
    if (type == TokenType.NEWLINE || type == TokenType.NL) {
      String string = s == e ? "" : "\n";
      return new PyToken(type, string, startRow, startCol, startRow, startCol + 1);
    }
    int endRow = special ? dump.endRow(i) : rows.rowOf(e, startRow);
    int endCol = endRow > count ? 0 : e - lineStarts[endRow];
    String string;
    if (type == TokenType.FSTRING_MIDDLE || type == TokenType.TSTRING_MIDDLE) {
      string = dump.string(i);
      endCol -= index.charColumn(e) - dump.endCol(i);
    } else {
      String fixed = OPERATOR_TEXT[type.ordinal()];
      if (fixed != null && e - s == fixed.length() && text.startsWith(fixed, s)) {
        string = fixed;
      } else {
        string = text.substring(s, e);
        if (carriageReturns && string.indexOf('\r') >= 0) {
          string = string.replace("\r\n", "\n").replace('\r', '\n');
        }
      }
    }
    return new PyToken(type, string, startRow, startCol, endRow, endCol);
  }

  private static int lineContentEnd(String text, int start, int end) {
    if (end > start && text.charAt(end - 1) == '\n') {
      return end - 2 >= start && text.charAt(end - 2) == '\r' ? end - 2 : end - 1;
    }
    if (end > start && text.charAt(end - 1) == '\r') {
      return end - 1;
    }
    return end;
  }

  /** The general conversion, for an empty text. */
  private static PyToken convert(Tokens tokens, TokenDump dump, LineIndex index, String text, int i, int lineCount) {
    TokenType type = tokens.type(i);
    int s = tokens.start(i);
    int e = tokens.end(i);
    int startRow = dump.startRow(i);
    int startCol = startRow > lineCount ? 0 : s - index.lineStart(startRow);
    if (type == TokenType.NEWLINE || type == TokenType.NL) {
      String string = s == e ? "" : "\n";
      return new PyToken(type, string, startRow, startCol, startRow, startCol + 1);
    }
    int endRow = dump.endRow(i);
    int endCol = endRow > lineCount ? 0 : e - index.lineStart(endRow);
    String string;
    if (type == TokenType.FSTRING_MIDDLE || type == TokenType.TSTRING_MIDDLE) {
      string = dump.string(i);
      endCol -= index.charColumn(e) - dump.endCol(i);
    } else {
      string = tokens.text(i);
      if (string.indexOf('\r') >= 0) {
        string = string.replace("\r\n", "\n").replace('\r', '\n');
      }
    }
    return new PyToken(type, string, startRow, startCol, endRow, endCol);
  }

  /** Number of physical lines. */
  public int lineCount() {
    return lines.length;
  }

  /** The 1-based {@code row}'s text with its line break as {@code \n} (none on a last line without one). */
  public String line(int row) {
    return lines[row - 1];
  }

  /** All lines, shared: do not modify. */
  public String[] lines() {
    return lines;
  }

  public List<PyToken> tokens() {
    return tokenList;
  }

  /** {@link #tokens()} as an array, shared: do not modify. */
  public PyToken[] tokenArray() {
    return tokens;
  }

  /** tokenize's {@code line} for a token: the physical lines it spans, or "" past the end. */
  public String tokenLine(PyToken t) {
    if (t.startRow() > lines.length) {
      return "";
    }
    if (t.startRow() == t.endRow() || t.endRow() > lines.length) {
      return lines[t.startRow() - 1];
    }
    return joined.computeIfAbsent(t, k -> String.join("", Arrays.asList(lines).subList(k.startRow() - 1, k.endRow())));
  }
}

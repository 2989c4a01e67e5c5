package dev.pyvet.core.logical;

import dev.pyvet.syntax.source.LineIndex;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.token.TokenDump;
import dev.pyvet.syntax.token.TokenType;
import dev.pyvet.syntax.token.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file as pycodestyle reads it: its physical lines (line breaks read as {@code \n}, as Python
 * reads text files with universal newlines) and its tokens in {@code tokenize}'s shape.
 */
public final class FileTokens {
  private final String[] lines;
  private final List<PyToken> tokens;

  private FileTokens(String[] lines, List<PyToken> tokens) {
    this.lines = lines;
    this.tokens = tokens;
  }

  public static FileTokens of(Tokens tokens) {
    SourceText source = tokens.source();
    String text = source.text();
    LineIndex index = source.lines();
    int count = text.isEmpty() ? 0 : index.lineCount();
    String[] lines = new String[count];
    for (int r = 1; r <= count; r++) {
      int start = index.lineStart(r);
      int end = index.lineStart(r + 1);
      int contentEnd = lineContentEnd(text, start, end);
      lines[r - 1] = contentEnd < end ? text.substring(start, contentEnd) + "\n" : text.substring(start, end);
    }
    TokenDump dump = new TokenDump(tokens);
    List<PyToken> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      out.add(convert(tokens, dump, index, text, i, count));
    }
    return new FileTokens(lines, out);
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
    return String.join("", Arrays.asList(lines).subList(t.startRow() - 1, t.endRow()));
  }
}

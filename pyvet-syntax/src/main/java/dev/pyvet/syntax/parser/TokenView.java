package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.token.TokenType;
import dev.pyvet.syntax.token.Tokens;

/**
 * The tokens the grammar sees (comments and non-logical newlines dropped), each with a kind code
 * that distinguishes keywords, and its CPython positions (1-based lines, UTF-8 byte columns).
 */
final class TokenView {
  final Tokens tokens;
  final String text;
  final int size;
  /** {@link Kinds} code per token. */
  final int[] kind;
  final int[] start;
  final int[] end;
  /**
   * Index of each token in {@link #tokens} (which also holds comments and NL tokens); the final
   * ENDMARKER added when the tokens lack one maps to {@code tokens.size()}.
   */
  private final int[] orig;
  final int[] startLine;
  final int[] startCol;
  final int[] endLine;
  final int[] endCol;

  TokenView(Tokens tokens) {
    this.tokens = tokens;
    SourceText source = tokens.source();
    this.text = source.text();
    int n = tokens.size();
    int[] k = new int[n + 1];
    int[] s = new int[n + 1];
    int[] e = new int[n + 1];
    this.startLine = new int[n + 1];
    this.startCol = new int[n + 1];
    this.endLine = new int[n + 1];
    this.endCol = new int[n + 1];
    int[] o = new int[n + 1];
    int m = tokens.grammarTokens(o, k, s, e, startLine, startCol, endLine, endCol);
    // Kinds are TokenType ordinals, but for reserved words among the names.
    for (int i = 0; i < m; i++) {
      if (k[i] == Kinds.NAME) {
        k[i] = Kinds.nameKind(text, s[i], e[i]);
      }
    }
    o[m] = n;
    this.orig = o;
    if (m == 0 || k[m - 1] != Kinds.ENDMARKER && k[m - 1] != Kinds.ERRORTOKEN) {
      // Defensive: the grammar relies on a final ENDMARKER.
      s[m] = e[m] = m == 0 ? text.length() : e[m - 1];
      k[m] = Kinds.ENDMARKER;
      int[] lineStarts = lineStarts(text);
      int li = lineStarts.length - 1;
      while (li > 0 && lineStarts[li] > s[m]) {
        li--;
      }
      startLine[m] = endLine[m] = li + 1;
      startCol[m] = endCol[m] = utf8Length(text, lineStarts[li], s[m]);
      m++;
    }
    this.size = m;
    this.kind = k;
    this.start = s;
    this.end = e;
  }

  /**
   * Char offset where token {@code tok}'s start line begins (for SyntaxError.offset); only errors
   * ask, so it is found when asked rather than stored for every token.
   */
  int startLineOffset(int tok) {
    int p = start[tok];
    while (p > 0) {
      char c = text.charAt(p - 1);
      if (c == '\n' || c == '\r' && (p >= text.length() || text.charAt(p) != '\n')) {
        break;
      }
      p--;
    }
    return p;
  }

  private static int utf8Length(String t, int from, int to) {
    int n = to - from;
    for (int i = from; i < to; i++) {
      char ch = t.charAt(i);
      if (ch >= 0x80) {
        if (ch < 0x800) {
          n += 1;
        } else if (Character.isHighSurrogate(ch) && i + 1 < to && Character.isLowSurrogate(t.charAt(i + 1))) {
          n += 2; // 4 bytes for 2 chars
          i++;
        } else {
          n += 2;
        }
      }
    }
    return n;
  }

  /** Offsets where lines start; a line ends at \n, \r\n or a lone \r. */
  static int[] lineStarts(String text) {
    int[] starts = new int[Math.max(16, text.length() / 40)];
    int n = 1;
    int len = text.length();
    if (text.indexOf('\r') < 0) {
      int i = text.indexOf('\n');
      while (i >= 0) {
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
        i = text.indexOf('\n', i + 1);
      }
    } else {
      for (int i = 0; i < len; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') {
            i++;
          }
          if (n == starts.length) {
            starts = java.util.Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = i + 1;
        }
      }
    }
    return java.util.Arrays.copyOf(starts, n);
  }

  /** The source text between two char offsets with comments (of tokens in [fromTok, toTok)) left out. */
  private int[] orig() {
    return orig;
  }

  /**
   * Where CPython reports an error found at token {@code tok}, as {line, 1-based column}: at the
   * end of the file, after the last line; at INDENT or DEDENT, the new indentation width; at a
   * NEWLINE after a comment, where the comment starts; else where the token starts.
   */
  int[] errorPosition(int tok) {
    int k = kind[tok];
    if (k == Kinds.ENDMARKER || k == Kinds.DEDENT || k == Kinds.INDENT) {
      int next = tok;
      while (next < size - 1 && (kind[next] == Kinds.DEDENT || kind[next] == Kinds.INDENT)) {
        next++;
      }
      if (kind[next] == Kinds.ENDMARKER) {
        return endOfFilePosition();
      }
      if (k != Kinds.ENDMARKER) {
        return new int[] {startLine[next], charColumn1(startLineOffset(next), start[next]) - 1};
      }
    }
    return new int[] {startLine[tok], charColumn1(startLineOffset(tok), newlineAdjustedStart(tok))};
  }

  /** The last line of the file (a final line break does not start another) and its length + 1. */
  private int[] endOfFilePosition() {
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
      if (end > 0 && text.charAt(end - 1) == '\r') {
        end--;
      }
    } else if (end > 0 && text.charAt(end - 1) == '\r') {
      end--;
    }
    int[] starts = lineStarts(text);
    int line = starts.length;
    while (line > 1 && starts[line - 1] > end) {
      line--;
    }
    return new int[] {line, text.codePointCount(starts[line - 1], end) + 1};
  }

  /**
   * CPython's tokenizer starts a NEWLINE that follows a comment where the comment starts; errors
   * reported at such a NEWLINE point there.
   */
  int newlineAdjustedStart(int tok) {
    if (kind[tok] != Kinds.NEWLINE) {
      return start[tok];
    }
    int i = orig()[tok] - 1;
    if (i >= 0 && i < tokens.size() && tokens.type(i) == TokenType.COMMENT) {
      return tokens.start(i);
    }
    return start[tok];
  }

  String textWithoutComments(int fromTok, int toTok, int from, int to) {
    int[] orig = orig();
    StringBuilder sb = null;
    int pos = from;
    for (int i = orig[fromTok]; i < orig[toTok] && i < tokens.size(); i++) {
      if (tokens.type(i) == TokenType.COMMENT) {
        if (sb == null) {
          sb = new StringBuilder();
        }
        sb.append(text, pos, tokens.start(i));
        pos = tokens.end(i);
      }
    }
    if (sb == null) {
      return text.substring(from, to);
    }
    sb.append(text, pos, to);
    return sb.toString();
  }

  /** 1-based column in code points of a char offset on the line starting at lineOffset. */
  int charColumn1(int lineOffset, int offset) {
    return text.codePointCount(lineOffset, Math.max(lineOffset, Math.min(offset, text.length()))) + 1;
  }
}

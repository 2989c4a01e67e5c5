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
  /** Index of each token in {@link #tokens} (which also holds comments and NL tokens). */
  final int[] orig;
  final int[] startLine;
  final int[] startCol;
  final int[] endLine;
  final int[] endCol;
  /** Char offset where each token's start line begins (for SyntaxError.offset). */
  final int[] startLineOffset;

  TokenView(Tokens tokens) {
    this.tokens = tokens;
    SourceText source = tokens.source();
    this.text = source.text();
    int n = tokens.size();
    int[] k = new int[n + 1];
    int[] s = new int[n + 1];
    int[] e = new int[n + 1];
    int[] o = new int[n + 1];
    int m = 0;
    for (int i = 0; i < n; i++) {
      TokenType t = tokens.type(i);
      if (t == TokenType.COMMENT || t == TokenType.NL) {
        continue;
      }
      s[m] = tokens.start(i);
      e[m] = tokens.end(i);
      o[m] = i;
      k[m] = t == TokenType.NAME ? Kinds.nameKind(text, s[m], e[m]) : t.ordinal();
      m++;
    }
    if (m == 0 || k[m - 1] != Kinds.ENDMARKER && k[m - 1] != Kinds.ERRORTOKEN) {
      // Defensive: the grammar relies on a final ENDMARKER.
      s[m] = e[m] = m == 0 ? text.length() : e[m - 1];
      k[m] = Kinds.ENDMARKER;
      o[m] = n;
      m++;
    }
    this.size = m;
    this.kind = k;
    this.start = s;
    this.end = e;
    this.orig = o;
    this.startLine = new int[m];
    this.startCol = new int[m];
    this.endLine = new int[m];
    this.endCol = new int[m];
    this.startLineOffset = new int[m];
    computePositions();
  }

  /** One forward scan over the text; offsets are visited in (nearly) increasing order. */
  private void computePositions() {
    Cursor c = new Cursor(text);
    for (int i = 0; i < size; i++) {
      c.moveTo(start[i]);
      startLine[i] = c.line;
      startCol[i] = c.col;
      startLineOffset[i] = c.lineStart;
      c.moveTo(end[i]);
      endLine[i] = c.line;
      endCol[i] = c.col;
    }
  }

  /** Line and UTF-8 column of a char offset, computed incrementally. */
  static final class Cursor {
    private final String text;
    int pos;
    int line = 1;
    int col;
    int lineStart;

    Cursor(String text) {
      this.text = text;
    }

    void moveTo(int target) {
      if (target < pos) {
        if (target >= lineStart) {
          pos = lineStart;
          col = 0;
        } else {
          pos = 0;
          line = 1;
          col = 0;
          lineStart = 0;
        }
      }
      String t = text;
      while (pos < target) {
        char ch = t.charAt(pos++);
        if (ch < 0x80) {
          if (ch == '\n') {
            line++;
            col = 0;
            lineStart = pos;
          } else if (ch == '\r') {
            if (pos < t.length() && t.charAt(pos) == '\n') {
              if (pos == target) {
                // Target inside CRLF: stay on this line.
                col++;
                return;
              }
              pos++;
            }
            line++;
            col = 0;
            lineStart = pos;
          } else {
            col++;
          }
        } else if (ch < 0x800) {
          col += 2;
        } else if (Character.isHighSurrogate(ch) && pos < t.length() && Character.isLowSurrogate(t.charAt(pos))) {
          pos++;
          col += 4;
        } else {
          col += 3;
        }
      }
    }
  }

  /** The source text between two char offsets with comments (of tokens in [fromTok, toTok)) left out. */
  String textWithoutComments(int fromTok, int toTok, int from, int to) {
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

package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.Chars;
import dev.pyvet.core.logical.FileTokens;
import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.logical.PyToken;
import dev.pyvet.syntax.token.TokenType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** pycodestyle's analyses of line breaks, escapes and doc lines: E502, W503, W504, W505, W605. */
final class Breaks {
  private Breaks() {}

  /** Python's {@code str.splitlines()}. */
  static List<String> splitlines(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u001c' || c == '\u001d' || c == '\u001e'
          || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        out.add(s.substring(start, i));
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
      i++;
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return out;
  }

  /** E502. */
  static final Analysis EXPLICIT_LINE_JOIN = Breaks::explicitLineJoin;

  static void explicitLineJoin(LogicalLine line, Hits hits) {
    if (line.singleRow()) {
      return; // a backslash needs a next row
    }
    int prevStart = 0;
    int prevEnd = 0;
    int parens = 0;
    boolean comment = false;
    int bsRow = -1;
    int bsCol = 0;
    for (PyToken t : line.tokenArray()) {
      if (t.type() == TokenType.COMMENT) {
        comment = true;
      }
      if (t.startRow() != prevStart && parens != 0 && bsRow >= 0 && !comment) {
        hits.atPosition(bsRow, bsCol, "E502 the backslash is redundant between brackets");
      }
      if (t.startRow() != prevStart) {
        comment = false;
      }
      if (t.endRow() != prevEnd) {
        String tokenLine = line.file().tokenLine(t);
        int e = tokenLine.length();
        while (e > 0 && (tokenLine.charAt(e - 1) == '\r' || tokenLine.charAt(e - 1) == '\n')) {
          e--;
        }
        if (e > 0 && tokenLine.charAt(e - 1) == '\\') {
          List<String> parts = splitlines(tokenLine);
          bsRow = t.endRow();
          bsCol = parts.get(parts.size() - 1).length() - 1;
        } else {
          bsRow = -1;
        }
        prevStart = t.endRow();
        prevEnd = t.endRow();
      } else {
        prevStart = t.startRow();
      }
      if (t.isOp()) {
        String text = t.string();
        if (Whitespace.in(text, "([{")) {
          parens++;
        } else if (Whitespace.in(text, ")]}")) {
          parens--;
        }
      }
    }
  }

  private static boolean isSymbolic(String text) {
    return switch (text) {
      case "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "@", "=", "%", "~", "..." -> true;
      default -> false;
    };
  }

  private static boolean isBinaryOperator(PyToken t) {
    if (t == null) {
      return false;
    }
    String text = t.string();
    return (t.isOp() || text.equals("and") || text.equals("or")) && !isSymbolic(text);
  }

  // isBinaryOperator and the unary-context test of the operator types' fixed texts
  private static final boolean[] BINARY_BY_TYPE = new boolean[TokenType.values().length];
  private static final boolean[] UNARY_CONTEXT_BY_TYPE = new boolean[TokenType.values().length];

  static {
    for (TokenType type : TokenType.values()) {
      String fixed = FileTokens.fixedText(type);
      if (fixed != null) {
        BINARY_BY_TYPE[type.ordinal()] = !isSymbolic(fixed); // every fixed text is an operator's
        UNARY_CONTEXT_BY_TYPE[type.ordinal()] = Whitespace.in(fixed, "([{,;");
      }
    }
  }

  /** Whether the text holds a line break (only NL, NEWLINE and a few others can). */
  private static boolean hasLineBreak(PyToken t) {
    TokenType type = t.type();
    if (type == TokenType.NL || type == TokenType.NEWLINE) {
      return t.string().length() > 0;
    }
    if (type == TokenType.NAME || type == TokenType.NUMBER || t.isOp() && type != TokenType.ERRORTOKEN) {
      return false; // one row of the source, no break in it
    }
    String text = t.string();
    return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
  }

  /** W503, W504: pycodestyle's {@code _break_around_binary_operators}. */
  static final Analysis BINARY_BREAKS = Breaks::binaryBreaks;

  static void binaryBreaks(LogicalLine line, Hits hits) {
    if (line.singleRow()) {
      return; // the only line break is the last token
    }
    boolean lineBreak = false;
    boolean unaryContext = true;
    PyToken previous = null;
    boolean previousBinary = false;
    for (PyToken t : line.tokenArray()) {
      if (t.type() == TokenType.COMMENT) {
        continue;
      }
      if (t.type() != TokenType.STRING && hasLineBreak(t)) {
        lineBreak = true;
        continue;
      }
      String text = t.string();
      TokenType type = t.type();
      boolean binary;
      boolean opensUnaryContext;
      if (FileTokens.fixedText(type) == text) { // an operator of its type's text: by table
        binary = BINARY_BY_TYPE[type.ordinal()];
        opensUnaryContext = UNARY_CONTEXT_BY_TYPE[type.ordinal()];
      } else if (type == TokenType.NAME) { // a name is no substring of "([{,;"
        binary = text.equals("and") || text.equals("or");
        opensUnaryContext = false;
      } else {
        binary = isBinaryOperator(t);
        opensUnaryContext = Whitespace.in(text, "([{,;");
      }
      if (lineBreak && !unaryContext) {
        if (binary && !previousBinary) {
          hits.atPosition(t.startRow(), t.startCol(), "W503 line break before binary operator");
        }
        if (previousBinary && !binary) {
          hits.atPosition(previous.startRow(), previous.startCol(), "W504 line break after binary operator");
        }
      }
      unaryContext = opensUnaryContext;
      lineBreak = false;
      previous = t;
      previousBinary = binary;
    }
  }

  private static final String VALID_ESCAPES = "\n\\'\"abfnrtv01234567xNuU";

  /** W605. */
  static final Analysis INVALID_ESCAPES = Breaks::invalidEscapes;

  static void invalidEscapes(LogicalLine line, Hits hits) {
    if (line.noqa()) {
      return;
    }
    if (!line.hasType(TokenType.STRING) && !line.hasType(TokenType.FSTRING_MIDDLE)
        && !line.hasType(TokenType.TSTRING_MIDDLE)) {
      return; // findings are in the text of these tokens only
    }
    // whether each open string's prefix makes it raw, innermost last
    boolean[] raw = null;
    int depth = 0;
    for (PyToken t : line.tokenArray()) {
      TokenType type = t.type();
      if (type.ordinal() < TokenType.STRING.ordinal() || t.isOp()) {
        continue; // names, numbers, operators: most tokens, and none is a string
      }
      String text = t.string();
      if (type == TokenType.STRING || type == TokenType.FSTRING_START || type == TokenType.TSTRING_START) {
        char quote = text.charAt(text.length() - 1);
        boolean isRaw = false;
        for (int i = text.indexOf(quote) - 1; i >= 0 && !isRaw; i--) {
          isRaw = text.charAt(i) == 'r' || text.charAt(i) == 'R';
        }
        if (raw == null) {
          raw = new boolean[4];
        } else if (depth == raw.length) {
          raw = java.util.Arrays.copyOf(raw, depth * 2);
        }
        raw[depth++] = isRaw;
      }
      if ((type == TokenType.STRING || type == TokenType.FSTRING_MIDDLE || type == TokenType.TSTRING_MIDDLE)
          && depth > 0 && !raw[depth - 1]) {
        int pos = text.indexOf('\\');
        while (pos >= 0) {
          pos++;
          if (pos >= text.length()) {
            break;
          }
          char c = text.charAt(pos);
          if (VALID_ESCAPES.indexOf(c) < 0) {
            int newlines = 0;
            int lastNewline = -1;
            for (int i = 0; i < pos; i++) {
              if (text.charAt(i) == '\n') {
                newlines++;
                lastNewline = i;
              }
            }
            int row = t.startRow() + newlines;
            int col = newlines == 0 ? t.startCol() + pos : pos - lastNewline - 1;
            String escaped = Character.isHighSurrogate(c) && pos + 1 < text.length()
                ? text.substring(pos, pos + 2) : String.valueOf(c);
            hits.atPosition(row, col - 1, "W605 invalid escape sequence '\\" + escaped + "'");
          }
          pos = text.indexOf('\\', pos + 1);
        }
      }
      if ((type == TokenType.STRING || type == TokenType.FSTRING_END || type == TokenType.TSTRING_END)
          && depth > 0) {
        depth--;
      }
    }
  }

  private static final int MAX_DOC_LENGTH = 72;

  /** W505. */
  static final Analysis DOC_LENGTH = Breaks::docLength;

  static void docLength(LogicalLine line, Hits hits) {
    int max = line.options().maxDocLength();
    if (max < 0 || line.noqa()) {
      return;
    }
    Set<String> skipLines = new HashSet<>();
    for (PyToken t : line.tokens()) {
      if (!t.isSkipOrComment() && t.type() != TokenType.STRING) {
        skipLines.add(line.file().tokenLine(t));
      }
    }
    TokenType prev = null;
    for (PyToken t : line.tokens()) {
      TokenType type = t.type();
      if (type == TokenType.STRING && !skipLines.isEmpty()) {
        continue;
      }
      if (type == TokenType.STRING || type == TokenType.COMMENT) {
        if (prev == null || prev == TokenType.NEWLINE || prev == TokenType.NL || prev == TokenType.INDENT
            || prev == TokenType.DEDENT) {
          String tokenLine = line.file().tokenLine(t);
          List<String> lines = splitlines(tokenLine);
          for (int n = 0; n < lines.size(); n++) {
            String physical = lines.get(n);
            if (t.startRow() + n == 1 && tokenLine.startsWith("#!")) {
              return;
            }
            int length = Chars.pyLen(physical);
            List<String> chunks = Chars.split(physical);
            if (type == TokenType.COMMENT && chunks.size() == 2
                && length - Chars.pyLen(chunks.get(1)) < MAX_DOC_LENGTH) {
              continue;
            }
            if (chunks.size() == 1 && n + 1 < lines.size()
                && length - Chars.pyLen(chunks.get(0)) < MAX_DOC_LENGTH) {
              continue;
            }
            if (length > max) {
              hits.atPosition(t.startRow() + n, physical.offsetByCodePoints(0, max),
                  "W505 doc line too long (" + length + " > " + max + " characters)");
            }
          }
        }
      }
      prev = type;
    }
  }
}

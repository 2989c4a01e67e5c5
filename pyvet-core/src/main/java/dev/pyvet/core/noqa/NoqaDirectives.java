package dev.pyvet.core.noqa;

import dev.pyvet.syntax.source.LineIndex;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.token.TokenType;
import dev.pyvet.syntax.token.Tokens;
import java.util.HashMap;
import java.util.Map;

/**
 * The noqa directives of one file, read as flake8 7 reads them.
 *
 * <p>A finding on row R is silenced by the first {@code # noqa} in the text flake8 searches for
 * R: when the file tokenizes, all the physical lines from the first to the last row of the
 * tokens that end in the same NEWLINE or NL token (so a multi-line string, or lines joined by
 * backslashes, share their comments; lines inside brackets each end in NL and stand alone);
 * otherwise, or for a row no token range covers, the physical line R alone. Rows outside the
 * file (E902's row 0) are never silenced.
 *
 * <p>Files without "noqa" (any case) cost one scan of their text; nothing else is computed.
 */
public final class NoqaDirectives {
  /** No directive at all: nothing silenced. */
  public static final NoqaDirectives NONE = new NoqaDirectives(null, null, null, false);

  private final String text;
  private final LineIndex lines;
  private final Tokens tokens;
  private final boolean fileDisabled;
  private Flake8LineRanges ranges; // computed on the first question
  private final Map<Long, NoqaComment> byRange = new HashMap<>();

  private NoqaDirectives(String text, LineIndex lines, Tokens tokens, boolean fileDisabled) {
    this.text = text;
    this.lines = lines;
    this.tokens = tokens;
    this.fileDisabled = fileDisabled;
  }

  /**
   * Directives of a decoded file; {@code tokens} as in {@link #of(String, LineIndex, Tokens)}.
   *
   * <p>When the file tokenized without error, "noqa" is first looked for only in its comments
   * and strings: both of flake8's patterns begin with "#" and hold no quote, brace or line break
   * before "noqa", so every match lies inside one COMMENT, STRING or f/t-string middle token.
   * Most files have none, and then neither the rest of the text nor the line index is read.
   */
  public static NoqaDirectives of(SourceText source, Tokens tokens) {
    String text = source.text();
    boolean candidate = tokens != null && tokens.error() == null
        ? noqaInCommentsOrStrings(text, tokens)
        : PyRegexChars.indexOfNoqa(text, 0, text.length()) >= 0;
    return candidate ? of(text, source.lines(), tokens) : NONE;
  }

  private static boolean noqaInCommentsOrStrings(String text, Tokens tokens) {
    for (int i = 0, n = tokens.size(); i < n; i++) {
      int start = tokens.start(i);
      int end = tokens.end(i);
      if (end - start < 6) {
        continue; // shorter than "# noqa"
      }
      TokenType t = tokens.type(i);
      if ((t == TokenType.COMMENT || t == TokenType.STRING || t == TokenType.FSTRING_MIDDLE
              || t == TokenType.TSTRING_MIDDLE)
          && PyRegexChars.indexOfNoqa(text, start, end) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Directives of {@code text}; {@code tokens} (null if there are none) give the line ranges
   * and are ignored when tokenizing stopped with an error, as flake8 then has no ranges.
   */
  public static NoqaDirectives of(String text, LineIndex lines, Tokens tokens) {
    int first = PyRegexChars.indexOfNoqa(text, 0, text.length());
    if (first < 0) {
      return NONE;
    }
    boolean disabled = false;
    int checkedRow = 0;
    for (int n = first; n >= 0 && !disabled; n = PyRegexChars.indexOfNoqa(text, n + 4, text.length())) {
      int row = lines.lineOf(n);
      if (row != checkedRow) {
        checkedRow = row;
        disabled = FileNoqa.disablesFile(text, lines.lineStart(row), lineEnd(lines, row));
      }
    }
    return new NoqaDirectives(text, lines, tokens != null && tokens.error() == null ? tokens : null, disabled);
  }

  /** Whether a file-level {@code # flake8: noqa} or {@code # pyvet: noqa} disables the file. */
  public boolean fileDisabled() {
    return fileDisabled;
  }

  /** Whether an inline noqa silences a finding with {@code code} on 1-based {@code row}. */
  public boolean suppresses(int row, String code) {
    if (text == null || row < 1 || row > lines.lineCount()) {
      return false;
    }
    if (ranges == null) {
      ranges = Flake8LineRanges.of(tokens, lines.lineCount());
    }
    int firstRow = ranges.first(row) != 0 ? ranges.first(row) : row;
    int lastRow = ranges.first(row) != 0 ? Math.min(ranges.last(row), lines.lineCount()) : row;
    long key = (long) firstRow << 32 | lastRow;
    NoqaComment comment = byRange.computeIfAbsent(key,
        k -> NoqaComment.find(text, lines.lineStart(firstRow), lineEnd(lines, lastRow)));
    return comment != null && comment.suppresses(code);
  }

  private static int lineEnd(LineIndex lines, int row) {
    return lines.lineStart(row + 1);
  }
}

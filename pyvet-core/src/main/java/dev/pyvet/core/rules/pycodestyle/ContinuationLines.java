package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.Indents;
import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.logical.LogicalLineContext;
import dev.pyvet.core.logical.PyToken;
import dev.pyvet.syntax.token.TokenType;

/**
 * pycodestyle's {@code continued_indentation} (E121 to E129, E131, E133): tracks, bracket depth
 * by bracket depth, the hanging indent and the visual indent columns that continuation lines may
 * line up with.
 */
final class ContinuationLines {
  private ContinuationLines() {}

  /** Stands for Python's {@code str} type, which pycodestyle stores as an indent chance. */
  private static final Object STR = new Object();

  private static boolean truthy(Object o) {
    if (o == null || o == Boolean.FALSE) {
      return false;
    }
    if (o instanceof String s) {
      return !s.isEmpty();
    }
    return true;
  }

  private static boolean isSpace(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!dev.pyvet.core.logical.Chars.isPySpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * pycodestyle's {@code indent_chances}: by column, TRUE, STR or the text of a token to line up
   * with; null where there is none. An array by column instead of a map of boxed columns.
   */
  private static final class Chances {
    private Object[] at = new Object[64];
    /** One past the highest column ever set. */
    private int limit;
    private int count;

    Object get(int col) {
      return col < limit ? at[col] : null;
    }

    boolean containsKey(int col) {
      return get(col) != null;
    }

    void put(int col, Object value) {
      if (col >= at.length) {
        at = java.util.Arrays.copyOf(at, Math.max(col + 1, at.length * 2));
      }
      if (at[col] == null) {
        count++;
      }
      at[col] = value;
      limit = Math.max(limit, col + 1);
    }

    boolean isEmpty() {
      return count == 0;
    }

    /** Removes the columns from {@code col} on. */
    void removeFrom(int col) {
      for (int i = Math.max(col, 0); i < limit; i++) {
        if (at[i] != null) {
          at[i] = null;
          count--;
        }
      }
    }
  }

  /**
   * pycodestyle's {@code open_rows}: by bracket depth, the rows a hanging indent may be measured
   * from. Python's list of lists as int arrays; a depth's list outlives the bracket that made it
   * (pycodestyle appends to it when a bracket opens at that depth again).
   */
  private static final class OpenRows {
    private int[][] rows = new int[8][];
    private int[] sizes = new int[8];
    private int depths;

    OpenRows() {
      addDepth();
      add(0, 0);
    }

    int depths() {
      return depths;
    }

    void addDepth() {
      if (depths == rows.length) {
        rows = java.util.Arrays.copyOf(rows, depths * 2);
        sizes = java.util.Arrays.copyOf(sizes, depths * 2);
      }
      if (rows[depths] == null) {
        rows[depths] = new int[4];
      }
      sizes[depths] = 0;
      depths++;
    }

    /** Drops the depths from {@code count} on. */
    void truncate(int count) {
      depths = Math.min(depths, count);
    }

    void add(int depth, int row) {
      int n = sizes[depth];
      if (n == rows[depth].length) {
        rows[depth] = java.util.Arrays.copyOf(rows[depth], n * 2);
      }
      rows[depth][n] = row;
      sizes[depth] = n + 1;
    }

    int size(int depth) {
      return sizes[depth];
    }

    int get(int depth, int i) {
      return rows[depth][i];
    }
  }

  /** Whether {@code line} from {@code from} on is non-empty and all whitespace (Python's isspace). */
  private static boolean isSpaceFrom(String line, int from) {
    int n = line.length();
    if (from >= n) {
      return false;
    }
    for (int i = from; i < n; i++) {
      if (!dev.pyvet.core.logical.Chars.isPySpace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static final Analysis CONTINUED_INDENTATION = ContinuationLines::continuedIndentation;

  static void continuedIndentation(LogicalLine line, Hits hits) {
    PyToken[] tokens = line.tokenArray();
    int firstRow = tokens[0].startRow();
    int nrows = 1 + tokens[tokens.length - 1].startRow() - firstRow;
    if (line.noqa() || nrows == 1) {
      return;
    }
    LogicalLineContext c = line.context();
    int indentSize = line.options().indentSize();
    boolean hangClosing = line.options().hangClosing();
    int indentLevel = c.indentLevel();
    boolean indentNext = line.text().endsWith(":");
    int row = 0;
    int depth = 0;
    boolean tabs = c.indentChar() == '\t';
    int[] parens = new int[nrows + 1];
    int[] relIndent = new int[nrows + 1];
    OpenRows openRows = new OpenRows();
    // pycodestyle's hangs and indent, by depth (0..depth); a hang of None and one of 0 are
    // alike to every test of it, so 0 stands for None
    int[] hangs = new int[8];
    int[] indent = new int[8];
    Chances chances = new Chances();
    int lastIndentCol = tokens[0].startCol();
    Object visualIndent = null;
    boolean lastTokenMultiline = false;
    indent[0] = lastIndentCol;
    int hang = 0;
    PyToken t = null;
    for (PyToken token : tokens) {
      t = token;
      TokenType type = t.type();
      String text = t.string();
      boolean newline = row < t.startRow() - firstRow;
      if (newline) {
        row = t.startRow() - firstRow;
        newline = !lastTokenMultiline && type != TokenType.NL && type != TokenType.NEWLINE;
      }
      if (newline) {
        lastIndentCol = t.startCol();
        relIndent[row] = Indents.expand(line.file().tokenLine(t)) - indentLevel;
        boolean closeBracket = t.isOp() && Whitespace.in(text, "]})");
        boolean hangingIndent = false;
        for (int i = openRows.size(depth) - 1; i >= 0; i--) {
          hang = relIndent[row] - relIndent[openRows.get(depth, i)];
          hangingIndent = hang == indentSize || tabs && hang == indentSize * 2;
          if (hangingIndent) {
            break;
          }
        }
        int depthHang = hangs[depth];
        if (depthHang != 0) {
          hangingIndent = hang == depthHang;
        }
        if (closeBracket) {
          visualIndent = Boolean.FALSE;
        } else if (hang <= 0) {
          visualIndent = Boolean.FALSE;
        } else {
          visualIndent = chances.get(t.startCol());
        }
        int depthIndent = indent[depth];
        if (closeBracket && depthIndent != 0) {
          if (t.startCol() != depthIndent) {
            hits.atPosition(t.startRow(), t.startCol(), "E124 closing bracket does not match visual indentation");
          }
        } else if (closeBracket && hang == 0) {
          if (hangClosing) {
            hits.atPosition(t.startRow(), t.startCol(), "E133 closing bracket is missing indentation");
          }
        } else if (depthIndent != 0 && t.startCol() < depthIndent) {
          if (visualIndent != Boolean.TRUE) {
            hits.atPosition(t.startRow(), t.startCol(),
                "E128 continuation line under-indented for visual indent");
          }
        } else if (hangingIndent || indentNext && relIndent[row] == 2 * indentSize) {
          if (closeBracket && !hangClosing) {
            hits.atPosition(t.startRow(), t.startCol(),
                "E123 closing bracket does not match indentation of opening bracket's line");
          }
          hangs[depth] = hang;
        } else if (visualIndent == Boolean.TRUE) {
          indent[depth] = t.startCol();
        } else if (visualIndent == STR || visualIndent instanceof String s && s.equals(text)) {
          // a token lined up with a matching one on a previous line
        } else {
          String error;
          if (hang <= 0) {
            error = "E122 continuation line missing indentation or outdented";
          } else if (depthIndent != 0) {
            error = "E127 continuation line over-indented for visual indent";
          } else if (!closeBracket && depthHang != 0) {
            error = "E131 continuation line unaligned for hanging indent";
          } else {
            hangs[depth] = hang;
            if (hang > indentSize) {
              error = "E126 continuation line over-indented for hanging indent";
            } else {
              error = "E121 continuation line under-indented for hanging indent";
            }
          }
          hits.atPosition(t.startRow(), t.startCol(), error);
        }
      }

      if (parens[row] != 0 && type != TokenType.NL && type != TokenType.COMMENT && indent[depth] == 0) {
        indent[depth] = t.startCol();
        chances.put(t.startCol(), Boolean.TRUE);
      } else if (type == TokenType.STRING || type == TokenType.COMMENT || type == TokenType.FSTRING_START
          || type == TokenType.TSTRING_START) {
        chances.put(t.startCol(), STR);
      } else if (row == 0 && depth == 0 && (text.equals("assert") || text.equals("raise") || text.equals("with"))) {
        chances.put(t.endCol() + 1, Boolean.TRUE);
      } else if (chances.isEmpty() && row == 0 && depth == 0 && text.equals("if")) {
        chances.put(t.endCol() + 1, Boolean.TRUE);
      } else if (text.equals(":") && isSpaceFrom(line.file().tokenLine(t), t.endCol())) {
        openRows.add(depth, row);
      }

      if (t.isOp()) {
        if (Whitespace.in(text, "([{")) {
          depth++;
          if (depth == indent.length) {
            indent = java.util.Arrays.copyOf(indent, depth * 2);
            hangs = java.util.Arrays.copyOf(hangs, depth * 2);
          }
          indent[depth] = 0;
          hangs[depth] = 0;
          if (openRows.depths() == depth) {
            openRows.addDepth();
          }
          openRows.add(depth, row);
          parens[row]++;
        } else if (Whitespace.in(text, ")]}") && depth > 0) {
          int popped = indent[depth];
          int prevIndent = popped != 0 ? popped : lastIndentCol;
          for (int d = 0; d < depth; d++) {
            if (indent[d] > prevIndent) {
              indent[d] = 0;
            }
          }
          chances.removeFrom(prevIndent);
          openRows.truncate(depth + 1);
          depth--;
          if (depth != 0) {
            chances.put(indent[depth], Boolean.TRUE);
          }
          for (int idx = row; idx >= 0; idx--) {
            if (parens[idx] != 0) {
              parens[idx]--;
              break;
            }
          }
        }
        if (!chances.containsKey(t.startCol())) {
          chances.put(t.startCol(), text);
        }
      }

      lastTokenMultiline = t.startRow() != t.endRow();
      if (lastTokenMultiline) {
        int endIdx = t.endRow() - firstRow;
        if (endIdx < relIndent.length) {
          relIndent[endIdx] = relIndent[row];
        }
      }
    }
    // the loop's last token line (tokenize's line of the last token)
    if (indentNext && Indents.expand(line.file().tokenLine(t)) == indentLevel + indentSize) {
      int col = indent[0] + indentSize;
      if (truthy(visualIndent)) {
        hits.atPosition(t.startRow(), col, "E129 visually indented line with same indent as next logical line");
      } else {
        hits.atPosition(t.startRow(), col, "E125 continuation line with same indent as next logical line");
      }
    }
  }
}

package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.Chars;
import dev.pyvet.core.logical.Indents;
import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.logical.LogicalLineContext;
import java.util.regex.Pattern;

/** pycodestyle's {@code blank_lines} (E301 to E306) and {@code indentation} (E111 to E117). */
final class BlankLines {
  private BlankLines() {}

  private static final Pattern DOCSTRING = Pattern.compile("^u?r?[\"']");
  private static final int TOP_LEVEL_LINES = 2;
  private static final int METHOD_LINES = 1;

  private static boolean startsTopLevel(String s) {
    return LinePrefixes.startsTopLevel(s);
  }

  private static boolean isOneLiner(String logical, int indentLevel, String[] lines, int lineNumber) {
    if (!startsTopLevel(logical)) {
      return false;
    }
    int idx = lineNumber - 1;
    int prevIndent = idx < 1 ? 0 : Indents.expand(lines[idx - 1]);
    if (prevIndent > indentLevel) {
      return false;
    }
    while (true) {
      if (idx >= lines.length) {
        return false;
      }
      // strip() only the lines that may start a def or class: the others are many and cannot
      String line = lines[idx];
      int first = Chars.firstNonSpace(line);
      char c = first < line.length() ? line.charAt(first) : 0;
      if ((c == 'd' || c == 'c' || c == 'a') && startsTopLevel(Chars.strip(line))) {
        break;
      }
      idx++;
    }
    int next = idx + 1;
    while (true) {
      if (next >= lines.length) {
        return true;
      }
      if (Chars.firstNonSpace(lines[next]) < lines[next].length()) {
        break;
      }
      next++;
    }
    return Indents.expand(lines[next]) <= indentLevel;
  }

  static final Analysis BLANK_LINES = BlankLines::blankLines;

  static void blankLines(LogicalLine line, Hits hits) {
    LogicalLineContext c = line.context();
    String logical = line.text();
    String previous = c.previousLogical();
    int blankLines = c.blankLines();
    int blankBefore = c.blankBefore();
    int indentLevel = c.indentLevel();
    String[] lines = line.file().lines();
    if (previous.isEmpty() && blankBefore < TOP_LEVEL_LINES) {
      return;
    }
    if (!previous.isEmpty() && previous.charAt(0) == '@') {
      if (blankLines != 0) {
        hits.at(0, "E304 blank lines found after function decorator");
      }
    } else if (blankLines > TOP_LEVEL_LINES || indentLevel != 0 && blankLines == METHOD_LINES + 1) {
      hits.at(0, "E303 too many blank lines (" + blankLines + ")");
    } else if (startsTopLevel(logical)) {
      if (isOneLiner(logical, indentLevel, lines, c.lineNumber()) && blankBefore == 0) {
        return;
      }
      if (indentLevel != 0) {
        if (!(blankBefore == METHOD_LINES || c.previousIndentLevel() < indentLevel
            || DOCSTRING.matcher(previous).lookingAt())) {
          int ancestor = indentLevel;
          boolean nested = false;
          int start = c.lineNumber() - TOP_LEVEL_LINES;
          if (start < 0) {
            start += lines.length; // Python's negative index
          }
          for (int i = Math.min(start, lines.length - 1); i >= 0; i--) {
            String l = lines[i];
            if (Chars.firstNonSpace(l) < l.length() && Indents.expand(l) < ancestor) {
              ancestor = Indents.expand(l);
              nested = LinePrefixes.startsWithDef(Chars.lstrip(l));
              if (nested || ancestor == 0) {
                break;
              }
            }
          }
          if (nested) {
            hits.at(0, "E306 expected " + METHOD_LINES + " blank line before a nested definition, found 0");
          } else {
            hits.at(0, "E301 expected " + METHOD_LINES + " blank line, found 0");
          }
        }
      } else if (blankBefore != TOP_LEVEL_LINES) {
        hits.at(0, "E302 expected " + TOP_LEVEL_LINES + " blank lines, found " + blankBefore);
      }
    } else if (!logical.isEmpty() && indentLevel == 0 && blankBefore != TOP_LEVEL_LINES
        && (c.previousUnindentedLogicalLine().startsWith("def ")
            || c.previousUnindentedLogicalLine().startsWith("class "))) {
      hits.at(0, "E305 expected " + TOP_LEVEL_LINES + " blank lines after class or function definition, found "
          + blankBefore);
    }
  }

  static final Analysis INDENTATION = BlankLines::indentation;

  static void indentation(LogicalLine line, Hits hits) {
    LogicalLineContext c = line.context();
    boolean code = !line.text().isEmpty();
    int k = code ? 0 : 3;
    String suffix = code ? "" : " (comment)";
    int indentSize = line.options().indentSize();
    if (c.indentLevel() % indentSize != 0) {
      hits.at(0, "E11" + (1 + k) + " indentation is not a multiple of " + indentSize + suffix);
    }
    boolean expect = c.previousLogical().endsWith(":");
    if (expect && c.indentLevel() <= c.previousIndentLevel()) {
      hits.at(0, "E11" + (2 + k) + " expected an indented block" + suffix);
    } else if (!expect && c.indentLevel() > c.previousIndentLevel()) {
      hits.at(0, "E11" + (3 + k) + " unexpected indentation" + suffix);
    }
    if (expect) {
      int amount = c.indentChar() == '\t' ? 8 : 4;
      if (c.indentLevel() > c.previousIndentLevel() + amount) {
        hits.at(0, "E117 over-indented" + suffix);
      }
    }
  }

  /** E401. */
  static final Analysis IMPORTS = BlankLines::imports;

  static void imports(LogicalLine line, Hits hits) {
    String s = line.text();
    if (s.startsWith("import ")) {
      int found = s.indexOf(',');
      if (found > -1 && s.substring(0, found).indexOf(';') < 0) {
        hits.at(found, "E401 multiple imports on one line");
      }
    }
  }
}
